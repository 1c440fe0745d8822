package app.alongside.confluence.insight.macro;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.register.PageVisibility;
import app.alongside.insight.Insights;
import app.alongside.insight.InsightsFigures;
import app.alongside.insight.view.InsightsView;
import app.alongside.insight.view.InsightsViews;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * {@code alongside-insights}: evidence, from the record, of how power was shared in one or more spaces over a
 * period: charts drawn on the server as SVG, each with a summary sentence and its data table, so the page reads the
 * same in the browser, in a PDF or Word export, in email and to a screen reader, with no JavaScript. Core computes
 * the figures as the viewer may see them ({@link Insights}) and the words and pictures ({@link InsightsViews}); this
 * class reads the parameters and renders.
 */
public final class InsightsMacro implements Macro {

    static final String TEMPLATE = "templates/insight/insights.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:insights-resources";
    /** Output types where the page is a document, not a screen: charts stay inline and the tables stack under them. */
    private static final Set<String> DOCUMENT_OUTPUTS = Set.of("pdf", "word", "email");
    private static final Logger LOG = LoggerFactory.getLogger(InsightsMacro.class);

    private final Templates templates;
    private final Messages messages;
    private final Insights insights;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final PageVisibility pages;
    private final CurrentRequest request;
    private final Clock clock;

    @Inject
    public InsightsMacro(Templates templates, Messages messages, Insights insights, AppPermissions permissions,
                         CurrentUser currentUser, PageVisibility pages, CurrentRequest request, Clock clock) {
        this.templates = templates;
        this.messages = messages;
        this.insights = insights;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.pages = pages;
        this.request = request;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            LocalDate today = LocalDate.now(clock);
            InsightsSettings.Result settings = InsightsSettings.read(parameters,
                    context == null ? null : context.getSpaceKey(), today);
            templates.require(WEB_RESOURCE);
            Map<String, Object> model = new HashMap<>();
            model.put("problems", localise(settings.problems()));
            model.put("problemsHeading", messages.text("alongside.insights.problems.heading"));
            if (settings.query().isEmpty()) {
                return templates.render(TEMPLATE, model);
            }
            Optional<ConfluenceUser> viewer = currentUser.get();
            InsightsFigures figures;
            try {
                figures = insights.figures(settings.query().get(),
                        keys -> permissions.viewableSpaces(viewer, keys).keys(), pages, today);
            } catch (RuntimeException failure) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Alongside could not work out the insights figures (reference {})", reference, failure);
                return templates.messagePanel(messages.text("alongside.insights.error.unavailable", reference));
            }
            String outputType = context == null || context.getOutputType() == null ? ""
                    : context.getOutputType().toLowerCase(Locale.ROOT);
            InsightsView view = new InsightsViews(messages).of(figures, settings.show(), request.contextPath(),
                    idPrefix(parameters, context), DOCUMENT_OUTPUTS.contains(outputType));
            model.put("view", view);
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("insights", e);
        }
    }

    /**
     * Ids for the charts' titles, descriptions and patterns, the same on every render of this macro on this page (so
     * exports match the view) and different for two macros with different settings on one page.
     */
    static String idPrefix(Map<String, String> parameters, ConversionContext context) {
        long pageId = context == null || context.getEntity() == null ? 0 : context.getEntity().getId();
        String settings = new TreeMap<>(parameters == null ? Map.of() : parameters).toString();
        return "alongside-insights-" + Long.toHexString(pageId) + "-" + Integer.toHexString(settings.hashCode());
    }

    private List<String> localise(List<Problem> problems) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            sentences.add(messages.text("alongside.insights.problem.format",
                    messages.text("alongside.insights.field." + problem.field()),
                    messages.text(problem.messageKey(), problem.arguments().toArray())));
        }
        return sentences;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
