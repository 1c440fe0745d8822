package app.alongside.perspective;

/**
 * What a person consents to. There is one purpose; consent names it so that the record says exactly what was agreed,
 * and a new purpose could never reuse old consent.
 */
public enum ConsentPurpose {
    /** "To show, in totals only, whether people with lived experience shaped decisions." */
    TOTALS_ONLY("totals-only");

    private final String code;

    ConsentPurpose(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The i18n key of the wording the person agreed to. */
    public String wordingKey() {
        return "alongside.consent.purpose." + code;
    }
}
