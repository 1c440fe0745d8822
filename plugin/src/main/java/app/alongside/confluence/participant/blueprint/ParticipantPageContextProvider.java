package app.alongside.confluence.participant.blueprint;

import app.alongside.confluence.decision.blueprint.WizardFields;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.participant.ParticipantProfile;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Fills the participant page template from its wizard page: the person's name (which is also the page title, so that
 * decisions can link the page), preferred name and pronouns, and — when the person creating the page says it is
 * their own — a link to their account. Nothing else: no role, diagnosis or service use is ever asked. A blank name
 * sets no page title, so the page is not created without one; the wizard asks for it first.
 */
public final class ParticipantPageContextProvider extends AbstractBlueprintContextProvider {

    /** Wizard fields (the names in the Soy form). */
    static final String NAME_FIELD = "participantName";
    static final String PREFERRED_NAME_FIELD = "participantPreferredName";
    static final String PRONOUNS_FIELD = "participantPronouns";
    static final String IS_ME_FIELD = "participantIsMe";

    /** Template variables. */
    static final String NAME = "participantName";
    static final String PREFERRED_NAME = "participantPreferredName";
    static final String PRONOUNS = "participantPronouns";
    static final String USER_XHTML = "participantUserXhtml";

    /** Pronouns are short: "she/her", "they/them", "ze/zir". */
    static final int MAX_PRONOUNS_LENGTH = 60;

    private final CurrentUser currentUser;

    @Inject
    public ParticipantPageContextProvider(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        Map<String, Object> fields = context.getMap();
        String name = WizardFields.line(fields, NAME_FIELD, ParticipantProfile.MAX_SHORT_TEXT);
        String preferred = WizardFields.line(fields, PREFERRED_NAME_FIELD, ParticipantProfile.MAX_SHORT_TEXT);
        context.put(NAME, name);
        context.put(PREFERRED_NAME, preferred.equals(name) ? "" : preferred);
        context.put(PRONOUNS, WizardFields.line(fields, PRONOUNS_FIELD, MAX_PRONOUNS_LENGTH));
        Optional<ConfluenceUser> me = isTicked(fields.get(IS_ME_FIELD)) ? currentUser.get() : Optional.empty();
        context.put(USER_XHTML, me.filter(user -> user.getKey() != null)
                .map(user -> "<ri:user ri:userkey=\"" + escape(user.getKey().getStringValue()) + "\" />")
                .orElse(""));
        if (!name.isEmpty()) {
            context.setTitle(name);
        }
        return context;
    }

    private static boolean isTicked(Object value) {
        if (value instanceof String[] values) {
            value = values.length == 0 ? null : values[0];
        }
        return value != null && java.util.List.of("true", "on", "yes", "1")
                .contains(String.valueOf(value).strip().toLowerCase(Locale.ROOT));
    }

    /** XML escaping for the one bit of markup built here (a user key inside an attribute). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
