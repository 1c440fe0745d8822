package app.alongside.confluence.decision.macro;

import app.alongside.confluence.render.RichText;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.signal.CardPlacements;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionMacros;
import app.alongside.decision.DecisionStorageReader;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Stage;
import app.alongside.decision.view.DecisionCardView;
import app.alongside.decision.view.DecisionViews;
import app.alongside.decision.view.StageTotals;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.SuppressedCount;
import app.alongside.storage.StorageFormatException;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-decision}: a decision recorded where it was made, shown as an accessible card. The body reaches
 * the macro as storage format, so the macro reads the nested {@code alongside-stage} and {@code alongside-you-said}
 * macros itself (core's {@link DecisionStorageReader}) and asks Confluence to render only the rest, the outcome.
 * What is wrong in how the decision was written is listed above the card, in words; the card still shows. Each
 * stage with people ends with a line giving its lived-experience total, suppressed by core, never beside a name.
 */
public final class DecisionMacro implements Macro {

    static final String TEMPLATE = "templates/decision/decision-card.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:decision-resources";
    private static final Logger LOG = LoggerFactory.getLogger(DecisionMacro.class);
    /** A local id for the card when the macro has no usable {@code id}; only the register needs real ones. */
    private static final String CARD_ID = "card";

    private final Templates templates;
    private final Messages messages;
    private final RichText richText;
    private final UserAccessor userAccessor;
    private final CurrentRequest request;
    private final InvolvementTotals totals;
    private final CardPlacements placements;
    private final DecisionStorageReader reader = new DecisionStorageReader();

    @Inject
    public DecisionMacro(Templates templates, Messages messages, XhtmlContent xhtmlContent, UserAccessor userAccessor,
                         CurrentRequest request, InvolvementTotals totals, CardPlacements placements) {
        this.templates = templates;
        this.messages = messages;
        this.richText = new RichText(xhtmlContent);
        this.userAccessor = userAccessor;
        this.request = request;
        this.totals = totals;
        this.placements = placements;
    }

    @Override
    @RequiresFormat(Format.Storage)
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Map<String, String> params = parameters == null ? Map.of() : parameters;
            String id = params.getOrDefault(DecisionMacros.ID, "").strip();
            String localId = id.isEmpty() || id.length() > 64 ? CARD_ID : id;
            List<Problem> extra = new ArrayList<>();
            ParsedDecision parsed;
            boolean bodyReadable = true;
            try {
                parsed = reader.readMacro(localId, params, body);
            } catch (StorageFormatException unreadable) {
                LOG.warn("Alongside could not read the body of a decision macro: {}", unreadable.getMessage());
                parsed = reader.readMacro(localId, params, null);
                extra.add(Problem.of("body", "alongside.decision.problem.body.unreadable"));
                bodyReadable = false;
            }
            if (!extra.isEmpty()) {
                List<Problem> all = new ArrayList<>(parsed.problems());
                all.addAll(extra);
                parsed = new ParsedDecision(parsed.decision(), all);
            }
            // An unreadable body is still Confluence's storage: let Confluence render it as it would anyway.
            String outcomeStorage = bodyReadable ? parsed.decision().outcomeStorage() : (body == null ? "" : body);
            String outcomeHtml = outcome(outcomeStorage, context);

            String spaceKey = context == null || context.getSpaceKey() == null ? "" : context.getSpaceKey();
            ConfluencePeople people = new ConfluencePeople(userAccessor, messages, request.contextPath(), spaceKey);
            Optional<Map<Stage, SuppressedCount>> byStage = stageTotals(parsed.decision(), spaceKey);
            DecisionCardView view = new DecisionViews(messages).card(parsed, id, people, LocalDate.now(),
                    byStage.map(known -> (StageTotals) stage -> Optional.ofNullable(known.get(stage))).orElse(null));
            if (!bodyReadable && !outcomeStorage.isBlank()) {
                view = withOutcome(view);
            }
            // No totals for a decision with people means they could not be worked out: no placement either.
            if (byStage.isPresent() && (!byStage.get().isEmpty() || parsed.decision().everyone().isEmpty())) {
                view = placed(view, parsed.decision(), byStage.get(), spaceKey, context,
                        localId.equals(id) ? Optional.of(id) : Optional.empty());
            }
            templates.require(WEB_RESOURCE);
            Map<String, Object> model = new HashMap<>();
            model.put("view", view);
            model.put("outcomeHtml", outcomeHtml);
            model.put("outcomeText", parsed.decision().outcomeText());
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a decision", e);
        }
    }

    /**
     * The card with the decision's place on the ladder, from the same totals its stages show. A placement that cannot
     * be worked out (the settings cannot be read, say) is logged and left off; the card still shows.
     */
    private DecisionCardView placed(DecisionCardView view, Decision decision, Map<Stage, SuppressedCount> byStage,
                                    String spaceKey, ConversionContext context, Optional<String> localId) {
        try {
            // Forms only where the page is being viewed: not in exports, previews or emails.
            boolean interactive = ConversionContextOutputType.DISPLAY.value().equalsIgnoreCase(
                    String.valueOf(context.getOutputType()));
            return view.withPlacement(placements.view(decision, byStage, spaceKey, context.getEntity(), localId,
                    interactive));
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not place a decision on the ladder: {}", e.toString());
            return view;
        }
    }

    /**
     * Each stage's lived-experience total, suppressed by core ({@link InvolvementTotals}: never fewer than k people,
     * never a total that would describe everyone named). A total that cannot be worked out (the private store is
     * unreachable, say) is logged and the card says so; the rest of the card still shows. Empty (no totals lines)
     * without a space; an empty map when the totals could not be worked out.
     */
    private Optional<Map<Stage, SuppressedCount>> stageTotals(Decision decision, String spaceKey) {
        if (spaceKey.isEmpty()) {
            return Optional.empty(); // no space, no threshold: the card shows no totals
        }
        Map<Stage, SuppressedCount> byStage;
        try {
            byStage = totals.atEachStage(decision, spaceKey); // all stages at once: a card is on a hot path
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not work out a lived-experience total for a decision: {}", e.toString());
            byStage = Map.of();
        }
        return Optional.of(byStage);
    }

    /**
     * The outcome as Confluence renders storage (links, mentions, macros in it work as anywhere on the page). If
     * Confluence cannot render it, the card shows the outcome as plain text instead.
     */
    private String outcome(String storage, ConversionContext context) {
        return richText.toView(storage, context, "a decision's outcome");
    }

    private static DecisionCardView withOutcome(DecisionCardView view) {
        return new DecisionCardView(view.anchorId(), view.idAnchorId(), view.title(), view.untitled(),
                view.statusLabel(), view.statusValue(), view.statusName(), view.facts(), true, view.stages(),
                view.loopValue(), view.loopSummary(), view.contributions(), view.problems(), view.words(),
                view.placement());
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
