package app.alongside.ladder;

/**
 * Arnstein's ladder of citizen participation (1969), bottom to top, shown beside TLAP's rung for readers who know
 * it. The record can evidence rungs 3 to 7 only: nothing in a decision register shows manipulation or therapy, and
 * citizen control would need every person's perspective, which suppression never reveals.
 */
public enum ArnsteinRung {
    MANIPULATION("manipulation"),
    THERAPY("therapy"),
    INFORMING("informing"),
    CONSULTATION("consultation"),
    PLACATION("placation"),
    PARTNERSHIP("partnership"),
    DELEGATED_POWER("delegated-power"),
    CITIZEN_CONTROL("citizen-control");

    private final String code;

    ArnsteinRung(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** 1 (manipulation) to 8 (citizen control). */
    public int number() {
        return ordinal() + 1;
    }

    public String nameKey() {
        return "alongside.arnstein." + code + ".name";
    }

    /** The rung that sits alongside a TLAP rung when nothing more is known. */
    public static ArnsteinRung alongside(LadderRung rung) {
        return switch (rung) {
            case COERCION -> MANIPULATION;
            case EDUCATING -> THERAPY;
            case INFORMING -> INFORMING;
            case CONSULTATION -> CONSULTATION;
            case ENGAGEMENT -> PLACATION;
            case CO_DESIGN, CO_PRODUCTION -> PARTNERSHIP;
        };
    }
}
