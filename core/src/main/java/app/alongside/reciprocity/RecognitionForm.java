package app.alongside.reciprocity;

/**
 * What a facilitator typed about recognition, as typed: the type's code, the amount ("£12.50", "12.5", "50p"), the
 * state's code ("owed", "paid"), the day paid, and whether payments may affect the person's benefits.
 */
public record RecognitionForm(String type, String amount, String state, String paidOn, boolean mayAffectBenefits) {

    public RecognitionForm {
        type = type == null ? "" : type;
        amount = amount == null ? "" : amount;
        state = state == null ? "" : state;
        paidOn = paidOn == null ? "" : paidOn;
    }
}
