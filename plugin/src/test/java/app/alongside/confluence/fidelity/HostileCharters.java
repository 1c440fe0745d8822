package app.alongside.confluence.fidelity;

import app.alongside.charter.view.CharterView;
import app.alongside.principle.Framework;
import app.alongside.principle.PrinciplesViews;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Charter views with hostile text in every field a person or a page can set. Links are built by the view builder
 * from the context path and page ids, never from input, so they stay fixed here.
 */
final class HostileCharters {

    private HostileCharters() {
    }

    static Map<String, Object> model(String text, boolean everything) {
        CharterView.Words words = new CharterView.Words(text, text, text, text, text, text, text, text, text, text,
                text, text, text, text, text);
        CharterView view = new CharterView(text, "agreed", text, everything, everything ? text : "", text,
                everything, everything ? new PrinciplesViews((key, args) -> text).of(Framework.NEF) : null, text,
                everything ? List.of(new CharterView.CommitmentView(text, "broken", text, List.of(text, text),
                        List.of(new CharterView.EvidenceView("/confluence/pages/viewpage.action?pageId=1", text, text,
                                text)))) : List.of(),
                everything ? List.of(new CharterView.SignerView(text, true), new CharterView.SignerView(text, false))
                        : List.of(),
                text, text, everything,
                everything ? List.of(new CharterView.TrendRow(text, List.of(text, text))) : List.of(),
                everything ? List.of(text, text) : List.of(),
                everything ? List.of(new CharterView.PeriodComments(text, List.of(text), ""),
                        new CharterView.PeriodComments(text, List.of(), text)) : List.of(),
                text, "/confluence/pages/viewpreviouspageversions.action?pageId=1",
                everything ? List.of(text) : List.of(), words);
        Map<String, Object> model = new HashMap<>();
        model.put("view", view);
        model.put("bodyHtml", everything ? "<p>Our purpose</p>" : "");
        return model;
    }
}
