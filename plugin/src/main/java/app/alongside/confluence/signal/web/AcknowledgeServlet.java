package app.alongside.confluence.signal.web;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.signal.CardPlacements;
import app.alongside.confluence.signal.LivePlacements;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.Acknowledgements;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static app.alongside.confluence.web.PageForms.loginHref;
import static app.alongside.confluence.web.PageForms.pageHref;
import static app.alongside.confluence.web.PageForms.pageId;
import static app.alongside.confluence.web.PageForms.write;

/**
 * {@code /plugins/servlet/alongside/signals/acknowledge}: the decision card's acknowledge and withdraw forms post
 * here and go back to the decision on its page. Only people who may edit the page; only a signal the decision raises
 * now (worked out again from the page, as the card does). A post without a valid XSRF token changes nothing: it
 * shows the form again with a fresh token and the note kept; so does a note with a problem.
 */
public class AcknowledgeServlet extends HttpServlet {

    static final String PAGE_TEMPLATE = "templates/signal/acknowledge-page.vm";
    static final String MESSAGE_TEMPLATE = "templates/perspective/message.vm";

    private final DecisionOnPage decisions;
    private final InvolvementTotals totals;
    private final LivePlacements live;
    private final Acknowledgements acknowledgements;
    private final AppPermissions permissions;
    private final Templates templates;
    private final Messages messages;
    private final CurrentUser currentUser;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;

    @Inject
    public AcknowledgeServlet(DecisionOnPage decisions, InvolvementTotals totals, LivePlacements live,
                              Acknowledgements acknowledgements, AppPermissions permissions, Templates templates,
                              Messages messages, CurrentUser currentUser, XsrfTokenAccessor xsrfTokens,
                              XsrfTokenValidator xsrfValidator) {
        this.decisions = decisions;
        this.totals = totals;
        this.live = live;
        this.acknowledgements = acknowledgements;
        this.permissions = permissions;
        this.templates = templates;
        this.messages = messages;
        this.currentUser = currentUser;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long pageId = pageId(request);
        response.sendRedirect(pageId > 0 ? pageHref(request, pageId) : request.getContextPath() + "/");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long pageId = pageId(request);
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            message(response, HttpServletResponse.SC_UNAUTHORIZED, "alongside.acknowledgement.web.login.title",
                    "alongside.acknowledgement.web.login", loginHref(request, pageId),
                    "alongside.acknowledgement.web.login.link");
            return;
        }
        String localId = String.valueOf(request.getParameter("localId")).strip();
        Optional<DecisionOnPage.Found> found = decisions.find(user, pageId, localId);
        if (found.isEmpty()) {
            message(response, HttpServletResponse.SC_NOT_FOUND, "alongside.acknowledgement.web.notFound.title",
                    "alongside.acknowledgement.web.notFound", "", "");
            return;
        }
        if (!permissions.mayEdit(user, found.get().page())) {
            message(response, HttpServletResponse.SC_FORBIDDEN, "alongside.acknowledgement.web.forbidden.title",
                    "alongside.acknowledgement.web.forbidden", pageHref(request, pageId),
                    "alongside.acknowledgement.web.back");
            return;
        }
        Optional<SignalKind> kind = kind(request.getParameter("kind"));
        if (kind.isEmpty()) {
            message(response, HttpServletResponse.SC_BAD_REQUEST, "alongside.acknowledgement.web.title",
                    "alongside.acknowledgement.problem.kind", pageHref(request, pageId),
                    "alongside.acknowledgement.web.back");
            return;
        }
        SignalSubject.OfDecision subject = SignalSubject.decision(pageId, found.get().decision().localId());
        String note = Optional.ofNullable(request.getParameter("note")).orElse("");
        boolean withdraw = "withdraw".equals(request.getParameter("action"));
        if (!xsrfValidator.validateFormEncodedToken(request)) {
            if (withdraw) {
                // Nothing typed to keep: the card's own form, with a fresh token, is one click away.
                response.sendRedirect(pageHref(request, pageId));
                return;
            }
            formAgain(request, response, subject, kind.get(), note, text("alongside.acknowledgement.web.expired"));
            return;
        }
        if (withdraw) {
            acknowledgements.withdraw(subject, kind.get());
            response.sendRedirect(pageHref(request, pageId));
            return;
        }
        LivePlacements.Placed placed = live.place(found.get().decision(),
                totals.atEachStage(found.get().decision(), found.get().spaceKey()), found.get().spaceKey());
        if (placed.signals().stream().noneMatch(signal -> signal.kind() == kind.get())) {
            message(response, HttpServletResponse.SC_CONFLICT, "alongside.acknowledgement.web.title",
                    "alongside.acknowledgement.problem.notRaised", pageHref(request, pageId),
                    "alongside.acknowledgement.web.back");
            return;
        }
        Validated<Acknowledgement> result = acknowledgements.acknowledge(user.get().getKey().getStringValue(),
                kind.get(), subject, found.get().spaceKey(), found.get().decision().decidedOn(), note);
        if (!result.isValid()) {
            Problem problem = result.problems().get(0);
            formAgain(request, response, subject, kind.get(), note,
                    text(problem.messageKey(), problem.arguments().toArray()));
            return;
        }
        response.sendRedirect(pageHref(request, pageId));
    }

    private void formAgain(HttpServletRequest request, HttpServletResponse response, SignalSubject.OfDecision subject,
                           SignalKind kind, String note, String problem) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("title", text("alongside.acknowledgement.web.title"));
        model.put("signalName", text(kind.nameKey()));
        model.put("problem", problem);
        model.put("action", request.getContextPath() + CardPlacements.ACTION_PATH);
        model.put("tokenName", String.valueOf(xsrfValidator.getXsrfParameterName()));
        model.put("token", String.valueOf(xsrfTokens.getXsrfToken(request, response, true)));
        model.put("pageId", String.valueOf(subject.pageId()));
        model.put("localId", subject.localId());
        model.put("kind", String.valueOf(kind.bit()));
        model.put("note", note.length() > 4 * Acknowledgement.MAX_NOTE ? note.substring(0, 4 * Acknowledgement.MAX_NOTE)
                : note);
        model.put("noteLabel", text("alongside.acknowledgement.note.label"));
        model.put("noteHint", text("alongside.acknowledgement.note.hint", Acknowledgement.MAX_NOTE));
        model.put("maxNote", String.valueOf(Acknowledgement.MAX_NOTE));
        model.put("submitLabel", text("alongside.acknowledgement.submit"));
        model.put("backHref", pageHref(request, subject.pageId()));
        model.put("backLabel", text("alongside.acknowledgement.web.back"));
        write(response, HttpServletResponse.SC_BAD_REQUEST, templates.render(PAGE_TEMPLATE, model));
    }

    private void message(HttpServletResponse response, int status, String titleKey, String messageKey,
                         String linkHref, String linkLabelKey) throws IOException {
        write(response, status, templates.render(MESSAGE_TEMPLATE, Map.of("title", text(titleKey),
                "message", text(messageKey), "linkHref", linkHref,
                "linkLabel", linkLabelKey.isEmpty() ? "" : text(linkLabelKey))));
    }


    /** A decision signal by its number (what the card's form sends) or its code. */
    static Optional<SignalKind> kind(String raw) {
        if (raw != null && raw.strip().matches("[0-9]{1,9}")) {
            int bit = Integer.parseInt(raw.strip());
            return java.util.Arrays.stream(SignalKind.values()).filter(k -> k.bit() == bit)
                    .filter(k -> k.scope() == SignalKind.Scope.DECISION).findFirst();
        }
        return SignalKind.fromCode(raw).filter(k -> k.scope() == SignalKind.Scope.DECISION);
    }

    private String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
