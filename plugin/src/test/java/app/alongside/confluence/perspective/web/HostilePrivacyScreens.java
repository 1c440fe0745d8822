package app.alongside.confluence.perspective.web;

import app.alongside.perspective.view.AuditRow;
import app.alongside.perspective.view.DeclarationFormView;
import app.alongside.perspective.view.HeldView;
import app.alongside.perspective.view.HistoryRow;
import app.alongside.perspective.view.TotalRow;

import java.util.List;

/**
 * The private-data screens' views with the same hostile text in every field a person could have typed or a name
 * could hold, for the template tests. Links and form actions are built by servlets from the context path, never
 * from input, so they stay paths here.
 */
public final class HostilePrivacyScreens {

    private static final String PATH = "/plugins/servlet/alongside/my-data";

    private HostilePrivacyScreens() {
    }

    public static DeclarationFormView form(String text) {
        DeclarationFormView.TextField field = new DeclarationFormView.TextField("ownWords", "alongside-ownWords", text,
                text, text, text, true);
        DeclarationFormView.TextField line = new DeclarationFormView.TextField("consentGivenBy",
                "alongside-consentGivenBy", text, text, text, text, false);
        DeclarationFormView.Choice choice = new DeclarationFormView.Choice("perspectives", text, "alongside-perspective-x",
                text, true);
        return new DeclarationFormView(text, text, text, text, List.of(choice, choice), field,
                new DeclarationFormView.Choice("showOnPage", "true", "alongside-showOnPage", text, false), text, text,
                new DeclarationFormView.Choice("consent", "true", "alongside-consent", text, false), text, text, text,
                List.of(line, field), text);
    }

    public static ScreenParts.FormPost post(String text) {
        return new ScreenParts.FormPost(PATH, text, text, List.of(new ScreenParts.Hidden(text, text)));
    }

    public static HeldView held(String text) {
        return new HeldView(text, text, List.of(text, text), text, text, text, text, text, text, text, text);
    }

    public static ScreenParts.Confirmation confirmation(String text) {
        return new ScreenParts.Confirmation(text, text, post(text), text, PATH, text);
    }

    public static ScreenParts.Section section(String text) {
        return new ScreenParts.Section("alongside-section", text, text, PATH, text);
    }

    public static MyDataPage myData(String text) {
        return new MyDataPage(text, text, text, text, confirmation(text), text, held(text), text, text, section(text),
                section(text), List.of(new TotalRow(text, text, true)), section(text), List.of(text, text),
                List.of(new HistoryRow(text, text, text, text, text)), section(text), List.of(text),
                List.of(new AuditRow(1, text, text, text, text, text, text)), section(text), section(text),
                section(text), section(text));
    }

    public static FacilitatorPage picker(String text) {
        DeclarationFormView.TextField field = new DeclarationFormView.TextField("q", "alongside-search", text, text,
                text, text, false);
        ScreenParts.LookupForm lookup = new ScreenParts.LookupForm(PATH, List.of(new ScreenParts.Hidden(text, text)),
                field, text);
        return new FacilitatorPage(text, text, text, text, null, new FacilitatorPage.Picker(lookup, lookup, text, text,
                List.of(new ScreenParts.PersonLink(text, PATH + "?page=1", text))), null);
    }

    public static FacilitatorPage person(String text) {
        return new FacilitatorPage(text, text, text, text, confirmation(text), null,
                new FacilitatorPage.Person(text, PATH, text, text, held(text), text, text, section(text)));
    }

    public static PrivacyAdminPage admin(String text) {
        DeclarationFormView.TextField field = new DeclarationFormView.TextField("person", "alongside-person", text, text,
                text, text, false);
        ScreenParts.LookupForm lookup = new ScreenParts.LookupForm(PATH, List.of(new ScreenParts.Hidden(text, text)),
                field, text);
        return new PrivacyAdminPage(text, text, text, text, confirmation(text), section(text), lookup, section(text),
                lookup, section(text), List.of(text), List.of(new AuditRow(1, text, text, text, text, text, text)),
                PATH + "?before=1", text, PATH, text);
    }
}
