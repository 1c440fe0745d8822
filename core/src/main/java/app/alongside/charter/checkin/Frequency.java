package app.alongside.charter.checkin;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** How often a group reflects on its charter; each check-in belongs to one {@link Period} of this length. */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    YEARLY;

    /** The period {@code date} falls in. */
    public Period periodOf(LocalDate date) {
        return switch (this) {
            case MONTHLY -> new Period(this, date.getYear(), date.getMonthValue());
            case QUARTERLY -> new Period(this, date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
            case YEARLY -> new Period(this, date.getYear(), 1);
        };
    }

    /** The value stored in a macro parameter; permanent once released. */
    public String parameterValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** i18n key of its name, e.g. {@code alongside.checkin.frequency.quarterly}. */
    public String nameKey() {
        return "alongside.checkin.frequency." + parameterValue();
    }

    /** Reads a macro parameter, ignoring case and surrounding space. */
    public static Optional<Frequency> fromParameter(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String normalised = raw.strip().toLowerCase(Locale.ROOT);
        for (Frequency frequency : values()) {
            if (frequency.parameterValue().equals(normalised)) {
                return Optional.of(frequency);
            }
        }
        return Optional.empty();
    }
}
