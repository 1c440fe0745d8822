package app.alongside.confluence.fidelity;

import app.alongside.charter.view.CharterForms;
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
        model.put("post", post(text));
        model.put("buttons", List.of(new CharterForms.Button(text, text)));
        model.put("hasButtons", everything);
        model.put("checkInText", text);
        model.put("checkInFormHtml", "");
        model.put("bodyHtml", everything ? "<p>Our purpose</p>" : "");
        return model;
    }

    /** A post whose token is hostile (a token is opaque to the template); the action is built, never typed. */
    static CharterForms.Post post(String text) {
        return new CharterForms.Post("/confluence/plugins/servlet/alongside/charter", text, text, 1);
    }

    static CharterForms.CheckInForm checkInForm(String text) {
        return new CharterForms.CheckInForm(text, text, List.of(new CharterForms.Field(text, text, "alongside-checkin-x",
                text, List.of(new CharterForms.Option(text, text, true), new CharterForms.Option(text, text, false)),
                text, text)), List.of(text), text, text);
    }
}
