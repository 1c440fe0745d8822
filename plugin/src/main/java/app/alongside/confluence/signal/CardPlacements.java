package app.alongside.confluence.signal;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.view.DecisionViews;
import app.alongside.decision.view.PlacementView;
import app.alongside.perspective.SuppressedCount;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.Acknowledgements;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.text.Messages;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The decision card's ladder placement: placed live ({@link LivePlacements}), with the group's acknowledgements, and
 * the acknowledge form for readers who may edit the page. A decision needs its own {@code id} and a saved page to be
 * acknowledged (that pair names it across re-indexing); without them the card still places it.
 */
@Named
public class CardPlacements {

    /** Where the card's acknowledge form posts. */
    public static final String ACTION_PATH = "/plugins/servlet/alongside/signals/acknowledge";

    private final LivePlacements live;
    private final Acknowledgements acknowledgements;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final CurrentRequest request;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;
    private final UserAccessor users;
    private final Messages messages;

    @Inject
    public CardPlacements(LivePlacements live, Acknowledgements acknowledgements, AppPermissions permissions,
                          CurrentUser currentUser, CurrentRequest request, XsrfTokenAccessor xsrfTokens,
                          XsrfTokenValidator xsrfValidator, UserAccessor users, Messages messages) {
        this.live = live;
        this.acknowledgements = acknowledgements;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.request = request;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
        this.users = users;
        this.messages = messages;
    }

    /**
     * The placement in words. {@code localId}: the decision macro's own id, empty when it has none; {@code page}: the
     * page being rendered, null in a preview of an unsaved page; {@code interactive}: the page is being viewed (not
     * exported, previewed or emailed), so a form can be offered.
     */
    public PlacementView view(Decision decision, Map<Stage, SuppressedCount> livedExperience, String spaceKey,
                              ContentEntityObject page, Optional<String> localId, boolean interactive) {
        LivePlacements.Placed placed = live.place(decision, livedExperience, spaceKey);
        Optional<SignalSubject.OfDecision> subject = subject(page, localId);
        Map<SignalKind, Acknowledgement> acknowledged = subject.isPresent() && !placed.signals().isEmpty()
                ? acknowledgements.about(subject.get()) : Map.of();
        PlacementView.Post post = null;
        Optional<ConfluenceUser> viewer = currentUser.get();
        if (interactive && subject.isPresent() && !placed.signals().isEmpty() && permissions.mayEdit(viewer, page)) {
            post = new PlacementView.Post(request.contextPath() + ACTION_PATH,
                    Objects.requireNonNullElse(xsrfValidator.getXsrfParameterName(), "atl_token"), token(),
                    subject.get().pageId(), subject.get().localId());
        }
        return new DecisionViews(messages).placement(placed.placement(), placed.signals(), acknowledged, this::name,
                ZoneId.systemDefault(), post);
    }

    /** The decision as acknowledgements name it, when it can be named for good. */
    static Optional<SignalSubject.OfDecision> subject(ContentEntityObject page, Optional<String> localId) {
        if (page == null || page.getId() <= 0 || localId.isEmpty()) {
            return Optional.empty();
        }
        String id = localId.get().strip();
        if (id.isEmpty() || id.length() > SignalSubject.MAX_LOCAL_ID || id.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return Optional.of(SignalSubject.decision(page.getId(), id));
    }

    /** The name Confluence shows; one who no longer exists is not given a made-up name. */
    private String name(String userKey) {
        ConfluenceUser user;
        try {
            user = users.getUserByKey(new UserKey(userKey));
        } catch (RuntimeException unknown) {
            user = null;
        }
        if (user == null) {
            return messages.text("alongside.acknowledgement.formerMember");
        }
        String name = user.getFullName();
        return name == null || name.isBlank() ? user.getName() : name;
    }

    private String token() {
        Optional<HttpServletRequest> current = request.get();
        if (current.isEmpty()) {
            return "";
        }
        try {
            String token = xsrfTokens.getXsrfToken(current.get(), null, false);
            return token == null ? "" : token;
        } catch (RuntimeException e) {
            return "";
        }
    }
}
