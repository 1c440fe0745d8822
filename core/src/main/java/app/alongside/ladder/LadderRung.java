package app.alongside.ladder;

import java.util.Locale;
import java.util.Optional;

/**
 * Think Local Act Personal's ladder of co-production, bottom to top. Every rung but coercion can have a
 * legitimate role; the ladder describes how much power people had, not whether the work was good.
 */
public enum LadderRung {
    COERCION("coercion", Band.DOING_TO),
    EDUCATING("educating", Band.DOING_TO),
    INFORMING("informing", Band.DOING_FOR),
    CONSULTATION("consultation", Band.DOING_FOR),
    ENGAGEMENT("engagement", Band.DOING_FOR),
    CO_DESIGN("co-design", Band.DOING_WITH),
    CO_PRODUCTION("co-production", Band.DOING_WITH);

    /** The three bands the rungs fall into. */
    public enum Band {
        DOING_TO, DOING_FOR, DOING_WITH;

        public String nameKey() {
            return "alongside.ladder.band." + name().toLowerCase(Locale.ROOT) + ".name";
        }
    }

    private final String parameterValue;
    private final Band band;

    LadderRung(String parameterValue, Band band) {
        this.parameterValue = parameterValue;
        this.band = band;
    }

    public String parameterValue() {
        return parameterValue;
    }

    public Band band() {
        return band;
    }

    /** 1 (coercion) to 7 (co-production). */
    public int number() {
        return ordinal() + 1;
    }

    public String nameKey() {
        return "alongside.ladder." + parameterValue + ".name";
    }

    public static Optional<LadderRung> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (LadderRung rung : values()) {
            if (rung.parameterValue.equals(normalised) || rung.parameterValue.replace("-", "").equals(normalised)) {
                return Optional.of(rung);
            }
        }
        return Optional.empty();
    }
}
