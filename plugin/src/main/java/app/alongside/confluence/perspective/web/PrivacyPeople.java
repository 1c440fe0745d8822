package app.alongside.confluence.perspective.web;

import app.alongside.confluence.decision.ConfluencePageVisibility;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.PerspectiveService;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import app.alongside.perspective.view.AuditNames;
import app.alongside.signal.Acknowledgements;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import app.alongside.reciprocity.Ledger;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who a private-data screen or call is about, and how to name people in histories and audit logs. A participant page
 * linked to an account is that account's person (as core's subject resolver decides); a page without one is its
 * own subject. Names come from Confluence each time; nothing private is stored here.
 */
@Named
public class PrivacyPeople {

    private final UserAccessor users;
    private final ParticipantIndex participants;
    private final ConfluencePageVisibility visibility;
    private final Messages messages;
    private final PerspectiveService perspectives;
    private final CheckIns checkIns;
    private final Ledger ledger;
    private final Acknowledgements acknowledgements;

    @Inject
    public PrivacyPeople(UserAccessor users, ParticipantIndex participants, ConfluencePageVisibility visibility,
                         Messages messages, PerspectiveService perspectives, CheckIns checkIns, Ledger ledger,
                         Acknowledgements acknowledgements) {
        this.users = users;
        this.participants = participants;
        this.visibility = visibility;
        this.messages = messages;
        this.perspectives = perspectives;
        this.checkIns = checkIns;
        this.ledger = ledger;
        this.acknowledgements = acknowledgements;
    }

    /**
     * Erases everything private held about the person, by {@code actorKey}: each of their subjects' declarations and
     * history (audit entries pseudonymised, one pseudonym per subject), and for an account the marks saying which
     * charter check-ins they answered (the anonymous answers stay; signatures stay, being public on the charter page),
     * their name on the signals they acknowledged (the group's notes stay), and their reciprocity ledger entries (paid
     * money kept under a pseudonym, see docs/privacy.md). The ledger goes first, so that the perspective service's
     * erasure pseudonymises the ledger's audit entries too. Returns the pseudonyms.
     */
    public List<String> erase(String actorKey, Person person) {
        List<String> pseudonyms = new ArrayList<>();
        for (SubjectKey subject : everySubjectOf(person)) {
            ledger.erase(actorKey, subject);
            pseudonyms.add(perspectives.erase(actorKey, subject));
            subject.userKey().ifPresent(checkIns::eraseUser);
            subject.userKey().ifPresent(acknowledgements::eraseUser);
        }
        return pseudonyms;
    }

    /** A person as a screen names them, whose private data is {@code subject}. */
    public record Person(String name, SubjectKey subject, Optional<Long> pageId) {
    }

    /** The logged-in user as the subject of their own data. */
    public Person self(ConfluenceUser user) {
        return new Person(nameOf(user), SubjectKey.user(user.getKey().getStringValue()), Optional.empty());
    }

    /** An account, by username. */
    public Optional<Person> byUsername(String username) {
        if (username == null || username.isBlank() || username.length() > 255) {
            return Optional.empty();
        }
        ConfluenceUser user = lookUpByName(username.strip());
        return Optional.ofNullable(user).map(this::self);
    }

    /**
     * A participant page the viewer may see (not trashed, indexed as a participant page). Its subject is the linked
     * account if the page names one.
     */
    public Optional<Person> byParticipantPage(long pageId, Optional<ConfluenceUser> viewer) {
        if (pageId <= 0 || !visibility.visibleTo(viewer, Set.of(pageId)).contains(pageId)) {
            return Optional.empty();
        }
        return participants.findByPageId(pageId).map(this::person);
    }

    /**
     * For administrators: a username (the account, with the participant pages linked to it), a participant page id
     * (that page's own record, even if the page is deleted or now names an account), or a subject key as the audit
     * log shows it.
     */
    public Optional<Person> forAdministrator(String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.length() > SubjectKey.MAX_LENGTH) {
            return Optional.empty();
        }
        String typed = identifier.strip();
        if (typed.matches("[1-9][0-9]{0,17}")) {
            // The page's own record only: one made before the page named an account (docs/admin-guide.md).
            long pageId = Long.parseLong(typed);
            String name = participants.findByPageId(pageId).map(IndexedParticipant::displayName)
                    .orElseGet(() -> messages.text("alongside.privacy.names.page", typed));
            return Optional.of(new Person(name, SubjectKey.participantPage(pageId), Optional.of(pageId)));
        }
        Optional<SubjectKey> key = SubjectKey.parse(typed);
        if (key.isPresent()) {
            return Optional.of(new Person(subjectName(key.get().value()), key.get(), key.get().participantPageId()));
        }
        return byUsername(typed);
    }

    /**
     * Every subject that is this person: the account and the participant pages linked to it, or the page and the
     * account it names. Erasure erases them all, so no table keeps a row about the person under another key. Pages
     * come first and the account last: erasing the account also pseudonymises the entries its holder made, including
     * those recording the pages' erasure.
     */
    public List<SubjectKey> everySubjectOf(Person person) {
        Set<SubjectKey> pages = new LinkedHashSet<>();
        person.pageId().ifPresent(id -> pages.add(SubjectKey.participantPage(id)));
        person.subject().participantPageId().ifPresent(id -> pages.add(SubjectKey.participantPage(id)));
        person.subject().userKey().ifPresent(key -> {
            for (IndexedParticipant page : participants.findByUserKey(key)) {
                pages.add(SubjectKey.participantPage(page.pageId()));
            }
        });
        List<SubjectKey> subjects = new ArrayList<>(pages);
        person.subject().userKey().ifPresent(key -> subjects.add(person.subject()));
        return subjects;
    }

    /**
     * Names for a history or an audit log: the viewer is "you", erased people are said to be erased, others are
     * named as Confluence names them.
     */
    public AuditNames auditNames(Optional<String> viewerKey) {
        return new AuditNames() {
            @Override
            public String actor(String userKey) {
                if (viewerKey.isPresent() && viewerKey.get().equals(userKey)) {
                    return messages.text("alongside.privacy.names.you");
                }
                if (userKey.startsWith(PerspectiveService.PSEUDONYM_PREFIX)) {
                    return messages.text("alongside.privacy.names.erased", userKey);
                }
                return userName(userKey);
            }

            @Override
            public String subject(String subject) {
                return subjectName(subject);
            }
        };
    }

    /** Whose data an audit entry is about, for administrators. */
    String subjectName(String subject) {
        if (PerspectiveService.AUDIT_LOG_SUBJECT.equals(subject)) {
            return messages.text("alongside.privacy.names.auditLog");
        }
        if (PerspectiveService.RETENTION_SUBJECT.equals(subject)) {
            return messages.text("alongside.privacy.names.retention");
        }
        if (subject.startsWith(PerspectiveService.PSEUDONYM_PREFIX)) {
            return messages.text("alongside.privacy.names.erased", subject);
        }
        Optional<SubjectKey> key = SubjectKey.parse(subject);
        if (key.isEmpty()) {
            return subject;
        }
        if (key.get().userKey().isPresent()) {
            return userName(key.get().userKey().get());
        }
        long pageId = key.get().participantPageId().orElseThrow();
        return participants.findByPageId(pageId).map(IndexedParticipant::displayName)
                .orElseGet(() -> messages.text("alongside.privacy.names.page", String.valueOf(pageId)));
    }

    /** The full name on the account, else its username, else words saying the account is gone. */
    public String userName(String userKey) {
        ConfluenceUser user;
        try {
            user = users.getUserByKey(new UserKey(userKey));
        } catch (RuntimeException unknown) {
            user = null;
        }
        return user == null ? messages.text("alongside.privacy.names.unknownUser") : nameOf(user);
    }

    private Person person(IndexedParticipant page) {
        return new Person(page.displayName(), ParticipantSubjects.subjectOf(page), Optional.of(page.pageId()));
    }

    private ConfluenceUser lookUpByName(String username) {
        try {
            return users.getUserByName(username);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private String nameOf(ConfluenceUser user) {
        String name = user.getFullName();
        if (name == null || name.isBlank()) {
            name = user.getName();
        }
        return name == null || name.isBlank() ? messages.text("alongside.privacy.names.unknownUser") : name;
    }
}
