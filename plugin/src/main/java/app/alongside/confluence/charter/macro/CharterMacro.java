package app.alongside.confluence.charter.macro;

import app.alongside.charter.CharterReader;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.Evaluation;
import app.alongside.charter.ParsedCharter;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Trend;
import app.alongside.charter.signing.Signing;
import app.alongside.charter.signing.SigningStatus;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.view.CharterForms;
import app.alongside.charter.view.CharterView;
import app.alongside.charter.view.CharterViews;
import app.alongside.confluence.render.RichText;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.register.PageVisibility;
import app.alongside.principle.Principle;
import app.alongside.settings.SettingsService;
import app.alongside.text.Messages;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-charter}: a group's charter with its commitments kept score of. Core reads the macro, evaluates
 * the commitments against the register as the viewer may see it, gives the signatures and the check-in trend; this
 * class only gathers what Confluence knows (the page, its version, the viewer, names) and renders.
 */
public final class CharterMacro implements Macro {

    static final String TEMPLATE = "templates/charter/charter.vm";
    public static final String CHECK_IN_FORM_TEMPLATE = "templates/charter/checkin-form.vm";
    /** Where the charter's forms post; the servlet redirects back to the page. */
    public static final String ACTION_PATH = "/plugins/servlet/alongside/charter";
    /** How often the group checks in; read here, not by core's reader, as only the adapter uses it. */
    public static final String CHECK_INS = "checkIns";


    private final Templates templates;
    private final Messages messages;
    private final RichText richText;
    private final UserAccessor userAccessor;
    private final CurrentUser currentUser;
    private final CurrentRequest request;
    private final AppPermissions permissions;
    private final PageVisibility pages;
    private final CommitmentEvaluator evaluator;
    private final Signing signing;
    private final CheckIns checkIns;
    private final SettingsService settings;
    private final Clock clock;
    private final XsrfTokenAccessor xsrfTokens;
    private final XsrfTokenValidator xsrfValidator;
    private final CharterReader reader = new CharterReader();

    @Inject
    public CharterMacro(Templates templates, Messages messages, XhtmlContent xhtmlContent, UserAccessor userAccessor,
                        CurrentUser currentUser, CurrentRequest request, AppPermissions permissions,
                        PageVisibility pages, CommitmentEvaluator evaluator, Signing signing, CheckIns checkIns,
                        SettingsService settings, Clock clock, XsrfTokenAccessor xsrfTokens,
                        XsrfTokenValidator xsrfValidator) {
        this.templates = templates;
        this.messages = messages;
        this.richText = new RichText(xhtmlContent);
        this.userAccessor = userAccessor;
        this.currentUser = currentUser;
        this.request = request;
        this.permissions = permissions;
        this.pages = pages;
        this.evaluator = evaluator;
        this.signing = signing;
        this.checkIns = checkIns;
        this.settings = settings;
        this.clock = clock;
        this.xsrfTokens = xsrfTokens;
        this.xsrfValidator = xsrfValidator;
    }

    @Override
    @RequiresFormat(Format.Storage)
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            String spaceKey = context == null ? null : context.getSpaceKey();
            if (spaceKey == null || spaceKey.isBlank()) {
                return templates.messagePanel(messages.text("alongside.charter.error.noSpace"));
            }
            ParsedCharter parsed = reader.readMacro(spaceKey, parameters, body);
            LocalDate today = LocalDate.now(clock);
            Optional<ConfluenceUser> viewer = currentUser.get();
            List<Evaluation> evaluations = evaluator.evaluate(parsed.charter(),
                    keys -> permissions.viewableSpaces(viewer, keys).keys(), pages, today);

            ContentEntityObject page = context.getEntity();
            long pageId = page == null ? 0L : page.getId();
            // An unsaved page (preview) has no signatures or check-ins yet; version 1 is what it will be.
            int version = page == null ? 1 : Math.max(1, page.getVersion());
            Optional<String> viewerKey = viewer.map(u -> u.getKey().getStringValue());
            SigningStatus status;
            Trend trend = null;
            if (pageId > 0) {
                status = signing.status(pageId, version, viewerKey);
                List<String> codes = parsed.charter().framework()
                        .map(f -> f.principles().stream().map(Principle::id).toList()).orElse(List.of());
                trend = checkIns.results(pageId, codes, settings.effectiveFor(spaceKey).suppressionThreshold());
            } else {
                status = new SigningStatus(1, version, viewerKey.isPresent() ? SigningStatus.Viewer.NOT_SIGNED
                        : SigningStatus.Viewer.ANONYMOUS, Optional.empty(), List.of());
            }
            CharterViews views = new CharterViews(messages);
            CharterView view = views.of(parsed, evaluations, status, this::displayName, trend,
                    today, request.contextPath(), pageId);
            Map<String, Object> model = new HashMap<>();
            model.put("view", view);
            CharterForms.Post post = new CharterForms.Post(request.contextPath() + ACTION_PATH,
                    java.util.Objects.requireNonNullElse(xsrfValidator.getXsrfParameterName(), "atl_token"), token(),
                    pageId);
            List<CharterForms.Button> buttons = pageId > 0 ? views.signingButtons(status.viewer()) : List.of();
            model.put("post", post);
            model.put("buttons", buttons);
            model.put("hasButtons", !buttons.isEmpty());
            String checkInText = "";
            String checkInFormHtml = "";
            Frequency frequency = frequency(parameters);
            if (parsed.charter().framework().isEmpty()) {
                checkInText = messages.text("alongside.charter.checkin.noFramework");
            } else if (viewerKey.isEmpty() || pageId <= 0) {
                checkInText = messages.text("alongside.charter.checkin.logIn");
            } else if (checkIns.hasResponded(viewerKey.get(), pageId, frequency, today)) {
                checkInText = messages.text("alongside.charter.checkin.done", views.periodName(frequency.periodOf(today)));
            } else {
                checkInFormHtml = templates.render(CHECK_IN_FORM_TEMPLATE, Map.of("post", post, "form",
                        views.checkInForm(parsed.charter().framework().get(), frequency.periodOf(today), Map.of(),
                                Map.of(), List.of())));
            }
            model.put("checkInText", checkInText);
            model.put("checkInFormHtml", checkInFormHtml);
            model.put("bodyHtml", body(parsed.charter().purposeStorage(), context));
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a charter", e);
        }
    }

    /** The macro's check-in frequency; quarterly when not set or not one Alongside knows. */
    public static Frequency frequency(Map<String, String> parameters) {
        return Frequency.fromParameter(parameters == null ? null : parameters.get(CHECK_INS))
                .orElse(Frequency.QUARTERLY);
    }

    /** This session's XSRF token for the forms; "" if there is none (the servlet then asks again, with a fresh one). */
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

    /** The name Confluence shows for the member; one who no longer exists is not given a made-up name. */
    private String displayName(String userKey) {
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        if (user == null) {
            return messages.text("alongside.charter.signed.formerMember");
        }
        String name = user.getFullName();
        return name == null || name.isBlank() ? user.getName() : name;
    }

    /** The group's own words as Confluence renders storage; empty if Confluence cannot render them. */
    private String body(String storage, ConversionContext context) {
        return richText.toView(storage, context, "a charter's text");
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
