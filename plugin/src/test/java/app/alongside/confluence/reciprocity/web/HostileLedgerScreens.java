package app.alongside.confluence.reciprocity.web;

import app.alongside.confluence.perspective.web.ScreenParts;

import java.util.List;

/** The ledger screen with {@code text} in every field a person could have typed or a message could hold. */
public final class HostileLedgerScreens {

    private HostileLedgerScreens() {
    }

    public static LedgerPage page(String text) {
        ScreenParts.FormPost post = new ScreenParts.FormPost("/confluence/plugins/servlet/alongside/ledger",
                "atl_token", text, List.of(new ScreenParts.Hidden("id", text)));
        LedgerPage.Field field = new LedgerPage.Field("f1", text, text, text, text, text, "text");
        LedgerPage.Row owed = new LedgerPage.Row(List.of(text, text), post, text, true, text, text, text);
        LedgerPage.Table table = new LedgerPage.Table("t1", text, text, List.of(text), List.of(owed,
                LedgerPage.Row.of(List.of(text))));
        LedgerPage.Lookup lookup = new LedgerPage.Lookup("/confluence/plugins/servlet/alongside/ledger",
                List.of(field), text);
        LedgerPage.Select select = new LedgerPage.Select("s1", text, text, List.of(new LedgerPage.Option(text,
                text, true)), text);
        LedgerPage.RecordForm form = new LedgerPage.RecordForm(text, text, post, text,
                List.of(new LedgerPage.Choice("c1", text, text, text, true)), text, List.of(field), select, select,
                new LedgerPage.Choice("c2", text, text, text, true), text, text, List.of(text), text);
        return new LedgerPage(text, text, text, text, table,
                new LedgerPage.Totals(text, text, List.of(new LedgerPage.Fact(text, text)), lookup), true,
                new LedgerPage.Facilitation(text, lookup, "/confluence/rest/alongside/1.0/ledger/export.csv", text,
                        table, form));
    }
}
