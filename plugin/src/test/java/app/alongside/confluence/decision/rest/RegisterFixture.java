package app.alongside.confluence.decision.rest;

import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.confluence.testing.ConfluenceFixture;
import app.alongside.decision.Contribution;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.Response;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedPage;
import app.alongside.decision.register.PageVisibility;
import app.alongside.people.PersonRef;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The decision register as the REST tests see it: the real core register over {@link InMemoryDecisionIndex}, pages that
 * may be restricted to some people (Confluence's view permission, as the app's {@code PageVisibility} asks it), users
 * Confluence knows by key, and the address the caller used.
 */
final class RegisterFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    static final String SITE = "http://wiki.example.org/confluence";
    static final String BASE = SITE + "/rest/alongside/1.0/";

    final ConfluenceFixture confluence;
    final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
    final DecisionRegister register = new DecisionRegister(index);
    final UserAccessor users = mock(UserAccessor.class);
    final Messages messages = new AppRendering().messages;
    /** Stored placements (core's counting fake), live placement over real core and private perspectives. */
    final app.alongside.ladder.InMemoryPlacementIndex placements = new app.alongside.ladder.InMemoryPlacementIndex();
    final app.alongside.confluence.testing.SignalsFixture signals = new app.alongside.confluence.testing.SignalsFixture();
    final app.alongside.perspective.InMemoryPerspectiveStore perspectives =
            new app.alongside.perspective.InMemoryPerspectiveStore();
    final app.alongside.perspective.InvolvementTotals totals = new app.alongside.perspective.InvolvementTotals(
            perspectives, new app.alongside.participant.ParticipantSubjects(
            new app.alongside.participant.InMemoryParticipantIndex()), index,
            new app.alongside.settings.SettingsService(mock(app.alongside.settings.SettingsRepository.class)));
    /** Page id → names of the people who may view it; pages not listed are open to everyone logged in. */
    final Map<Long, Set<String>> restrictions = new HashMap<>();
    final PageVisibility visibility = pageIds -> {
        ConfluenceUser viewer = AuthenticatedUserThreadLocal.get();
        return pageIds.stream().filter(id -> viewer != null
                && (!restrictions.containsKey(id) || restrictions.get(id).contains(viewer.getName())))
                .collect(Collectors.toSet());
    };
    final DecisionsResource resource;

    RegisterFixture(ConfluenceFixture confluence) {
        this.confluence = confluence;
        this.resource = new DecisionsResource(register, visibility, confluence.permissions, confluence.currentUser,
                messages, users, placements, signals.live, totals);
    }

    /** A user Confluence knows by key {@code key-NAME}, with a full name. */
    ConfluenceUser knownUser(String name, String fullName) {
        ConfluenceUser user = confluence.user(name);
        when(user.getFullName()).thenReturn(fullName);
        when(users.getUserByKey(new UserKey("key-" + name))).thenReturn(user);
        return user;
    }

    void restrict(long pageId, String... viewers) {
        restrictions.put(pageId, Set.of(viewers));
    }

    static IndexedPage page(long id, String space, String title, String... labels) {
        return new IndexedPage(id, space, title, IndexedPage.ContentType.PAGE, List.of(labels));
    }

    static UriInfo uri(String pathAndQuery) {
        UriInfo info = mock(UriInfo.class);
        when(info.getBaseUri()).thenReturn(URI.create(BASE));
        when(info.getRequestUri()).thenReturn(URI.create(BASE + pathAndQuery));
        return info;
    }

    static DecisionBuilder decision(String title) {
        return new DecisionBuilder(title);
    }

    /** Decisions as the storage reader would make them, with only what a test cares about. */
    static final class DecisionBuilder {
        private final String title;
        private DecisionStatus status = DecisionStatus.DECIDED;
        private Optional<LocalDate> decidedOn = Optional.empty();
        private Optional<LocalDate> reviewOn = Optional.empty();
        private Optional<app.alongside.ladder.LadderRung> claimed = Optional.empty();
        private Optional<String> supersededBy = Optional.empty();
        private String outcome = "";
        private final Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
        private final List<Contribution> contributions = new java.util.ArrayList<>();

        DecisionBuilder(String title) {
            this.title = title;
        }

        DecisionBuilder status(DecisionStatus value) {
            status = value;
            return this;
        }

        DecisionBuilder decidedOn(String iso) {
            decidedOn = Optional.of(LocalDate.parse(iso));
            return this;
        }

        DecisionBuilder reviewOn(String iso) {
            reviewOn = Optional.of(LocalDate.parse(iso));
            return this;
        }

        DecisionBuilder claimed(app.alongside.ladder.LadderRung rung) {
            claimed = Optional.of(rung);
            return this;
        }

        DecisionBuilder supersededBy(String value) {
            supersededBy = Optional.of(value);
            return this;
        }

        DecisionBuilder outcome(String text) {
            outcome = text;
            return this;
        }

        DecisionBuilder at(Stage stage, PersonRef... people) {
            stages.put(stage, List.of(people));
            return this;
        }

        DecisionBuilder said(String said, PersonRef by, Response response, String answer) {
            contributions.add(new Contribution(said, Optional.ofNullable(by), Optional.of(LocalDate.of(2026, 9, 1)),
                    response, answer, response.isAnswered() ? Optional.of(LocalDate.of(2026, 9, 15)) : Optional.empty()));
            return this;
        }

        Decision build() {
            String localId = "d" + Math.abs(title.hashCode());
            return new Decision(localId, title, status, supersededBy, decidedOn, reviewOn, claimed,
                    outcome.isEmpty() ? "" : "<p>" + outcome + "</p>", outcome, stages, contributions);
        }
    }
}
