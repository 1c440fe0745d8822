package app.alongside.decision;

/** The names and parameters of the decision macros in page storage. Permanent once released. */
public final class DecisionMacros {

    public static final String DECISION = "alongside-decision";
    public static final String STAGE = "alongside-stage";
    public static final String YOU_SAID = "alongside-you-said";

    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String STATUS = "status";
    public static final String SUPERSEDED_BY = "supersededBy";
    public static final String DECIDED_ON = "decidedOn";
    public static final String REVIEW_ON = "reviewOn";
    public static final String CLAIMED = "claimed";

    public static final String STAGE_NAME = "stage";

    public static final String BY = "by";
    public static final String RESPONSE = "response";
    public static final String ANSWER = "answer";
    public static final String SAID_ON = "saidOn";
    public static final String ANSWERED_ON = "answeredOn";

    private DecisionMacros() {
    }
}
