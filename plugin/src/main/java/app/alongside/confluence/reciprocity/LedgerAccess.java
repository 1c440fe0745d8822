package app.alongside.confluence.reciprocity;

import app.alongside.confluence.perspective.web.PrivacyPeople;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.perspective.SubjectKey;
import app.alongside.reciprocity.LedgerActor;
import app.alongside.reciprocity.LedgerForms;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is asking the ledger something, and who they mean: the REST resource and the screens share it, so both apply
 * the same rules. A person is every subject that is them (their account and participant pages linked to it); a
 * facilitator is a member of {@value AppPermissions#FACILITATORS_GROUP} or a Confluence administrator.
 */
@Named
public class LedgerAccess {

    private static final int MAX_ECHO = 40;

    private final AppPermissions permissions;
    private final PrivacyPeople people;
    private final UserAccessor users;

    @Inject
    public LedgerAccess(AppPermissions permissions, PrivacyPeople people, UserAccessor users) {
        this.permissions = permissions;
        this.people = people;
        this.users = users;
    }

    public LedgerActor actor(ConfluenceUser user) {
        Set<SubjectKey> self = new LinkedHashSet<>(people.everySubjectOf(people.self(user)));
        return new LedgerActor(user.getKey().getStringValue(), self, permissions.isFacilitator(Optional.of(user)));
    }

    /**
     * The people a facilitator chose, each given as a username, a subject key ({@code user:<key>},
     * {@code participant:<pageId>}) or a participant page's id; a participant page linked to an account is that
     * account. Anyone not found is a problem on {@value LedgerForms#PEOPLE} echoing what was sent.
     */
    public Validated<List<SubjectKey>> people(List<String> typed, ConfluenceUser viewer) {
        List<SubjectKey> found = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String one : typed) {
            if (one == null || one.isBlank()) {
                continue;
            }
            Optional<SubjectKey> subject = subject(one.strip(), viewer);
            if (subject.isPresent()) {
                found.add(subject.get());
            } else {
                String echo = one.strip().length() > MAX_ECHO ? one.strip().substring(0, MAX_ECHO) + "\u2026"
                        : one.strip();
                problems.add(Problem.of(LedgerForms.PEOPLE, "alongside.ledger.error.person", echo));
            }
        }
        return problems.isEmpty() ? Validated.valid(found) : Validated.invalid(problems);
    }

    /** A person's name as a facilitator's screens and exports show it. */
    public String name(SubjectKey subject) {
        return people.auditNames(Optional.empty()).subject(subject.value());
    }

    /** Who recorded an entry, by name (or words saying they were erased). */
    public String recorder(String userKey) {
        return people.auditNames(Optional.empty()).actor(userKey);
    }

    private Optional<SubjectKey> subject(String typed, ConfluenceUser viewer) {
        String pageId = typed.startsWith("participant:") ? typed.substring("participant:".length()) : typed;
        if (pageId.matches("[1-9][0-9]{0,17}")) {
            return people.byParticipantPage(Long.parseLong(pageId), Optional.of(viewer))
                    .map(PrivacyPeople.Person::subject);
        }
        if (typed.startsWith("user:")) {
            String key = typed.substring("user:".length());
            if (key.isEmpty() || key.length() > SubjectKey.MAX_LENGTH - 5) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(users.getUserByKey(new UserKey(key))).map(u -> SubjectKey.user(key));
            } catch (RuntimeException unknown) {
                return Optional.empty();
            }
        }
        return people.byUsername(typed).map(PrivacyPeople.Person::subject);
    }
}
