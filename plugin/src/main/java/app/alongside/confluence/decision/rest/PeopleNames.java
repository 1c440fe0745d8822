package app.alongside.confluence.decision.rest;

import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Names the people in one answer: users by the full name their account shows (looked up once per answer), participant
 * pages by their title, typed names as written. Never a role, never an email address.
 */
final class PeopleNames {

    private static final Logger log = LoggerFactory.getLogger(PeopleNames.class);

    private final UserAccessor users;
    private final SiteLinks links;
    private final Messages messages;
    private final Map<String, Optional<ConfluenceUser>> known = new HashMap<>();

    PeopleNames(UserAccessor users, SiteLinks links, Messages messages) {
        this.users = users;
        this.links = links;
        this.messages = messages;
    }

    /** {@code contextSpaceKey} fills in a participant page written without its space. */
    PersonJson describe(PersonRef person, String contextSpaceKey) {
        if (person instanceof PersonRef.User user) {
            Optional<ConfluenceUser> account = known.computeIfAbsent(user.userKey(), this::lookUp);
            if (account.isEmpty()) {
                return new PersonJson("user", person.key(), messages.text("alongside.rest.person.unknownUser"), null);
            }
            String name = account.get().getName();
            String fullName = account.get().getFullName();
            String displayName = fullName != null && !fullName.isBlank() ? fullName.strip()
                    : name != null && !name.isBlank() ? name : messages.text("alongside.rest.person.unknownUser");
            return new PersonJson("user", person.key(), displayName,
                    name == null || name.isBlank() ? null : links.user(name));
        }
        if (person instanceof PersonRef.Page page) {
            PersonRef.Page located = page.inSpace(contextSpaceKey);
            return new PersonJson("page", located.key(), located.title(),
                    links.participantPage(located.spaceKey(), located.title()));
        }
        PersonRef.Named named = (PersonRef.Named) person;
        return new PersonJson("name", named.key(), named.name(), null);
    }

    private Optional<ConfluenceUser> lookUp(String userKey) {
        try {
            return Optional.ofNullable(users.getUserByKey(new UserKey(userKey)));
        } catch (RuntimeException e) {
            // The user directory failed: name the person as unknown rather than fail the whole answer.
            log.warn("Alongside: could not look up user {} for the decision register", userKey, e);
            return Optional.empty();
        }
    }
}
