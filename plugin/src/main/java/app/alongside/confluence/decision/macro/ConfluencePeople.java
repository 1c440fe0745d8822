package app.alongside.confluence.decision.macro;

import app.alongside.decision.view.People;
import app.alongside.decision.view.PersonView;
import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Names people as Confluence knows them, for one render: users by the full name on their account, participant
 * pages by title with a link to the page, typed names as written. Asks Confluence about each person once. Shared by
 * every block that names people (decisions, meetings) so they name them alike.
 */
public final class ConfluencePeople implements People {

    private final UserAccessor userAccessor;
    private final Messages messages;
    private final String contextPath;
    private final String contextSpaceKey;
    private final Map<PersonRef, PersonView> known = new HashMap<>();

    /**
     * @param contextPath     Confluence's context path, for links ({@code ""} at the root)
     * @param contextSpaceKey the space of the page being rendered: participant pages named without a space are there
     */
    public ConfluencePeople(UserAccessor userAccessor, Messages messages, String contextPath, String contextSpaceKey) {
        this.userAccessor = userAccessor;
        this.messages = messages;
        this.contextPath = contextPath == null ? "" : contextPath;
        this.contextSpaceKey = contextSpaceKey == null ? "" : contextSpaceKey;
    }

    @Override
    public PersonView describe(PersonRef person) {
        return known.computeIfAbsent(person, this::lookUp);
    }

    private PersonView lookUp(PersonRef person) {
        if (person instanceof PersonRef.User user) {
            return user(user.userKey());
        }
        if (person instanceof PersonRef.Page page) {
            PersonRef.Page located = page.inSpace(contextSpaceKey);
            return new PersonView(located.title(), pageLink(located));
        }
        return PersonView.named(((PersonRef.Named) person).name());
    }

    private PersonView user(String userKey) {
        ConfluenceUser user;
        try {
            user = userAccessor.getUserByKey(new UserKey(userKey));
        } catch (RuntimeException e) {
            user = null;
        }
        if (user == null) {
            return PersonView.named(messages.text("alongside.person.unknownUser"));
        }
        String name = user.getFullName();
        if (name == null || name.isBlank()) {
            name = user.getName();
        }
        return PersonView.named(name == null || name.isBlank() ? messages.text("alongside.person.unknownUser") : name);
    }

    /**
     * Confluence's "pretty" page address, {@code /display/SPACEKEY/Page+Title}, URL-encoded as Confluence encodes it.
     * No link when the space is unknown.
     */
    private String pageLink(PersonRef.Page page) {
        if (page.spaceKey().isEmpty()) {
            return "";
        }
        return contextPath + "/display/" + encode(page.spaceKey()) + "/" + encode(page.title());
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
