package app.alongside.charter;

/** The name and parameters of the charter macro in page storage. Permanent once released. */
public final class CharterMacros {

    public static final String CHARTER = "alongside-charter";

    public static final String GROUP = "group";
    public static final String FRAMEWORK = "framework";
    public static final String DECISION_RULE = "decisionRule";
    public static final String PARITY = "parity";
    public static final String STATUS = "status";
    public static final String AGREED_ON = "agreedOn";
    public static final String REVIEW_ON = "reviewOn";
    public static final String SPACES = "spaces";
    public static final String COMMITMENTS = "commitments";

    /** The framework parameter's value for a charter whose principles the group wrote itself. */
    public static final String NO_FRAMEWORK = "none";

    private CharterMacros() {
    }
}
