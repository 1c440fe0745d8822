package app.alongside.reciprocity;

import java.math.BigDecimal;

/** Pence as people read them: {@code £1,234.50}. */
public final class Money {

    private Money() {
    }

    public static String pounds(long pence) {
        BigDecimal pounds = BigDecimal.valueOf(pence).movePointLeft(2);
        return (pence < 0 ? "-£" : "£") + String.format(java.util.Locale.UK, "%,.2f", pounds.abs());
    }

    /** {@code 1234.50}: for CSV and JSON, where a currency sign would stop spreadsheets adding it up. */
    public static String plain(long pence) {
        return BigDecimal.valueOf(pence).movePointLeft(2).setScale(2).toPlainString();
    }
}
