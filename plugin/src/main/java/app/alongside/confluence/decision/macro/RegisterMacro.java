package app.alongside.confluence.decision.macro;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.LoopState;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.register.RegisterSort;
import app.alongside.decision.view.RegisterView;
import app.alongside.decision.view.RegisterViews;
import app.alongside.confluence.signal.LivePlacements;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.PlacementIndex;
import app.alongside.ladder.StoredPlacement;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import app.alongside.signal.SignalKind;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.macro.Macro;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code alongside-register}: every decision in one or more spaces, as a sortable, filterable table with counts by
 * status and pages of rows. Shows a decision only if the viewer may view its page ({@link PageVisibility}).
 * Readers filter, re-order and page through plain links and a GET form back to the same page (no JavaScript), which
 * the macro reads from the address: see {@link RegisterSettings}.
 */
public final class RegisterMacro implements Macro {

    static final String TEMPLATE = "templates/decision/register.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:register-resources";
    private static final Logger LOG = LoggerFactory.getLogger(RegisterMacro.class);
    /** The page's own parameters kept in links back to it: a few, short, and never credentials or tokens. */
    private static final int MAX_KEPT_PARAMETERS = 20;

    private final Templates templates;
    private final Messages messages;
    private final DecisionRegister register;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final CurrentRequest request;
    private final PlacementIndex placements;
    private final LivePlacements rules;

    @Inject
    public RegisterMacro(Templates templates, Messages messages, DecisionRegister register, PageVisibility visibility,
                         AppPermissions permissions, CurrentUser currentUser, CurrentRequest request,
                         PlacementIndex placements, LivePlacements rules) {
        this.templates = templates;
        this.messages = messages;
        this.register = register;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.request = request;
        this.placements = placements;
        this.rules = rules;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Optional<HttpServletRequest> page = isInteractive(context) ? request.get() : Optional.empty();
            RegisterSettings.Result settings = RegisterSettings.read(parameters,
                    page.map(RegisterMacro::registerParameters).orElse(Map.of()),
                    context == null ? null : context.getSpaceKey(), LocalDate.now());
            templates.require(WEB_RESOURCE);
            if (!settings.pageProblems().isEmpty()) {
                return problemsOnly(localise(settings.pageProblems()));
            }

            ViewableSpaces spaces = permissions.viewableSpaces(currentUser.get(), settings.spaceKeys());
            if (spaces.noneVisible()) {
                return problemsOnly(List.of(messages.text("alongside.register.problem.spaces.noneVisible",
                        String.join(", ", spaces.hiddenKeys()))));
            }
            Set<String> visibleKeys = spaces.keys();
            List<String> names = spaces.names();
            List<String> hiddenKeys = spaces.hiddenKeys();
            RegisterQuery query = within(settings.query().orElseThrow(), visibleKeys);

            RegisterPage result;
            try {
                result = register.search(query, visibility);
            } catch (RuntimeException failure) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Alongside could not read the decision register (reference {})", reference, failure);
                return templates.messagePanel(messages.text("alongside.register.error.unavailable", reference));
            }

            RegisterUrls links = new RegisterUrls(request.contextPath(), page.flatMap(RegisterMacro::pagePath),
                    page.map(RegisterMacro::pageParameters).orElse(List.of()), settings.carried());
            boolean readerFiltered = settings.carried().entrySet().stream().anyMatch(setting ->
                    !setting.getKey().equals(RegisterSettings.SORT) && !setting.getKey().equals(RegisterSettings.PAGE_SIZE));
            RegisterView view = new RegisterViews(messages).of(result, query, names, links, readerFiltered,
                    LocalDate.now(), placed(result), memoised());

            List<String> notices = new ArrayList<>(localise(settings.addressProblems()));
            if (!hiddenKeys.isEmpty()) {
                notices.add(messages.text("alongside.register.notice.spacesHidden", String.join(", ", hiddenKeys)));
            }
            Map<String, Object> model = base(List.of(), notices);
            model.put("view", view);
            if (links.interactive()) {
                model.put("form", form(page.get(), settings.effective(), links, context));
            }
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("the decision register", e);
        }
    }

    /**
     * The stored placements of the page's rows, in one question for the whole page (never one per row). If the
     * index cannot answer, the register still shows, every row "not placed yet".
     */
    private Map<Long, StoredPlacement> placed(RegisterPage result) {
        if (result.rows().isEmpty()) {
            return Map.of();
        }
        try {
            return placements.forDecisions(result.rows().stream().map(IndexedDecision::id).toList());
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not read the ladder placements for a register: {}", e.toString());
            return Map.of();
        }
    }

    /** Each space's rules, read once per register however many rows it has. */
    private java.util.function.Function<String, LadderRules> memoised() {
        Map<String, LadderRules> known = new HashMap<>();
        return spaceKey -> known.computeIfAbsent(spaceKey, rules::rulesFor);
    }

    /** Readers can filter and page only where the page is being viewed (not in exports, feeds or previews). */
    private static boolean isInteractive(ConversionContext context) {
        return context != null && ConversionContextOutputType.DISPLAY.value().equalsIgnoreCase(
                String.valueOf(context.getOutputType()));
    }

    private String problemsOnly(List<String> problems) {
        return templates.render(TEMPLATE, base(problems, List.of()));
    }

    private Map<String, Object> base(List<String> problems, List<String> notices) {
        Map<String, Object> model = new HashMap<>();
        model.put("anchor", RegisterUrls.REGISTER_ANCHOR);
        model.put("problems", problems);
        model.put("problemsHeading", messages.text("alongside.register.problems.heading"));
        model.put("notices", notices);
        model.put("noticesHeading", messages.text("alongside.register.notices.heading"));
        return model;
    }

    private List<String> localise(List<Problem> problems) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            sentences.add(messages.text("alongside.decision.problem.format",
                    messages.text("alongside.register.field." + problem.field()),
                    messages.text(problem.messageKey(), problem.arguments().toArray())));
        }
        return sentences;
    }

    private static RegisterQuery within(RegisterQuery query, Set<String> spaceKeys) {
        return new RegisterQuery(spaceKeys, query.labels(), query.statuses(), query.decidedFrom(), query.decidedTo(),
                query.reviewDueOnly(), query.loop(), query.titleContains(), query.sort(), query.pageSize(),
                query.after(), query.signal());
    }

    /** The register's settings from the address, without their prefix; the last value wins (see the tick box). */
    static Map<String, String> registerParameters(HttpServletRequest request) {
        Map<String, String> found = new HashMap<>();
        for (String name : RegisterSettings.READER_PARAMETERS) {
            String[] values = request.getParameterValues(RegisterSettings.PREFIX + name);
            if (values != null && values.length > 0 && values[values.length - 1] != null) {
                found.put(name, values[values.length - 1]);
            }
        }
        return found;
    }

    /** The path of the page being viewed, as the browser asked for it. */
    static Optional<String> pagePath(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && uri.startsWith("/") && !uri.startsWith("//") ? Optional.of(uri) : Optional.empty();
    }

    /** The page's own query parameters (such as {@code pageId}), which links back to the page must keep. */
    static List<Map.Entry<String, String>> pageParameters(HttpServletRequest request) {
        List<Map.Entry<String, String>> kept = new ArrayList<>();
        Map<String, String[]> all = request.getParameterMap();
        if (all == null) {
            return kept;
        }
        for (Map.Entry<String, String[]> parameter : all.entrySet()) {
            String name = parameter.getKey();
            String[] values = parameter.getValue();
            if (name == null || name.startsWith(RegisterSettings.PREFIX) || name.length() > 100
                    || name.toLowerCase(Locale.ROOT).startsWith("os_") || name.equalsIgnoreCase("atl_token")
                    || values == null || values.length == 0 || values[0] == null || values[0].length() > 1000) {
                continue;
            }
            kept.add(new AbstractMap.SimpleImmutableEntry<>(name, values[0]));
            if (kept.size() == MAX_KEPT_PARAMETERS) {
                break;
            }
        }
        return kept;
    }

    private RegisterFormView form(HttpServletRequest page, Map<String, String> effective, RegisterUrls links,
                                  ConversionContext context) {
        String id = "alongside-register-" + Integer.toHexString(effective.hashCode() ^ String.valueOf(
                context.getSpaceKey()).hashCode());
        List<RegisterFormView.Hidden> hidden = new ArrayList<>();
        for (Map.Entry<String, String> parameter : pageParameters(page)) {
            hidden.add(new RegisterFormView.Hidden(parameter.getKey(), parameter.getValue()));
        }

        List<RegisterFormView.Option> statuses = new ArrayList<>();
        String status = effective.getOrDefault(RegisterSettings.STATUS, "");
        statuses.add(new RegisterFormView.Option("", messages.text("alongside.register.filter.status.any"),
                status.isBlank()));
        for (DecisionStatus value : DecisionStatus.values()) {
            statuses.add(new RegisterFormView.Option(value.parameterValue(), messages.text(value.nameKey()),
                    DecisionStatus.fromParameter(status).filter(s -> s == value).isPresent()));
        }

        List<RegisterFormView.Option> loops = new ArrayList<>();
        String loop = effective.getOrDefault(RegisterSettings.LOOP, "").toLowerCase(Locale.ROOT);
        loops.add(new RegisterFormView.Option("", messages.text("alongside.register.filter.loop.any"),
                !loop.equals(LoopState.OPEN.parameterValue()) && !loop.equals(LoopState.CLOSED.parameterValue())));
        for (LoopState value : List.of(LoopState.OPEN, LoopState.CLOSED)) {
            loops.add(new RegisterFormView.Option(value.parameterValue(),
                    messages.text("alongside.register.filter.loop." + value.parameterValue()),
                    loop.equals(value.parameterValue())));
        }

        // Only the signals about one decision can filter decisions; the codes name no person (the options sit in an
        // aggregate block, as the register's signal badges do).
        List<RegisterFormView.Option> signals = new ArrayList<>();
        Optional<SignalKind> signal = SignalKind.fromCode(effective.getOrDefault(RegisterSettings.SIGNAL, ""))
                .filter(kind -> kind.scope() == SignalKind.Scope.DECISION);
        // "any" (not blank) so a reader can clear a signal the page itself filters by.
        signals.add(new RegisterFormView.Option("any", messages.text("alongside.register.filter.signal.any"),
                signal.isEmpty()));
        for (SignalKind kind : SignalKind.values()) {
            if (kind.scope() == SignalKind.Scope.DECISION) {
                signals.add(new RegisterFormView.Option(kind.code(), messages.text(kind.nameKey()),
                        signal.filter(kind::equals).isPresent()));
            }
        }

        List<RegisterFormView.Option> sorts = new ArrayList<>();
        RegisterSort sort = RegisterSort.fromParameter(effective.getOrDefault(RegisterSettings.SORT, ""))
                .orElse(RegisterSort.DECIDED_NEWEST);
        for (RegisterSort value : RegisterSort.values()) {
            sorts.add(new RegisterFormView.Option(value.parameterValue(),
                    messages.text("alongside.register.sort." + value.parameterValue()), value == sort));
        }

        String prefix = RegisterSettings.PREFIX;
        return new RegisterFormView(pagePath(page).orElse("") + "#" + RegisterUrls.REGISTER_ANCHOR, hidden, messages.text("alongside.register.filter.legend"),
                field(prefix + RegisterSettings.SEARCH, id + "-search", "search", "alongside.register.field.search",
                        "", effective.get(RegisterSettings.SEARCH)),
                new RegisterFormView.Select(prefix + RegisterSettings.STATUS, id + "-status",
                        messages.text("alongside.register.field.status"), statuses),
                field(prefix + RegisterSettings.LABELS, id + "-labels", "text", "alongside.register.field.labels",
                        "alongside.register.filter.labels.hint", effective.get(RegisterSettings.LABELS)),
                field(prefix + RegisterSettings.FROM, id + "-from", "text", "alongside.register.field.from",
                        "alongside.register.filter.date.hint", effective.get(RegisterSettings.FROM)),
                field(prefix + RegisterSettings.TO, id + "-to", "text", "alongside.register.field.to",
                        "alongside.register.filter.date.hint", effective.get(RegisterSettings.TO)),
                new RegisterFormView.Select(prefix + RegisterSettings.LOOP, id + "-loop",
                        messages.text("alongside.register.field.loop"), loops),
                new RegisterFormView.Select(prefix + RegisterSettings.SIGNAL, id + "-signal",
                        messages.text("alongside.register.field.signal"), signals),
                new RegisterFormView.Checkbox(prefix + RegisterSettings.REVIEW_DUE, id + "-review-due",
                        messages.text("alongside.register.filter.reviewDue"),
                        List.of("true", "yes", "on", "1").contains(effective.getOrDefault(RegisterSettings.REVIEW_DUE, "")
                                .toLowerCase(Locale.ROOT))),
                new RegisterFormView.Select(prefix + RegisterSettings.SORT, id + "-sort",
                        messages.text("alongside.register.field.sort"), sorts),
                messages.text("alongside.register.filter.submit"), messages.text("alongside.register.filter.reset"),
                links.reset());
    }

    private RegisterFormView.Field field(String name, String id, String type, String labelKey, String hintKey,
                                         String value) {
        return new RegisterFormView.Field(name, id, type, messages.text(labelKey),
                hintKey.isEmpty() ? "" : messages.text(hintKey), value);
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
