package app.alongside.confluence.decision.macro;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.DecisionMacros;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Stage;
import app.alongside.decision.view.DecisionCardView;
import app.alongside.decision.view.DecisionViews;
import app.alongside.people.PersonRef;
import app.alongside.storage.StorageFormatException;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.UserAccessor;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-stage}: who took part at one stage of a decision. Inside a decision the decision macro reads it
 * from storage and this class is not called; when Confluence renders one on its own (outside a decision) it shows a
 * plain block with the stage, the people, and a note that it belongs inside a decision.
 */
public final class StageMacro implements Macro {

    static final String TEMPLATE = "templates/decision/standalone-block.vm";

    private final Templates templates;
    private final Messages messages;
    private final UserAccessor userAccessor;
    private final CurrentRequest request;
    private final StandaloneBlocks blocks = new StandaloneBlocks();

    @Inject
    public StageMacro(Templates templates, Messages messages, UserAccessor userAccessor, CurrentRequest request) {
        this.templates = templates;
        this.messages = messages;
        this.userAccessor = userAccessor;
        this.request = request;
    }

    @Override
    @RequiresFormat(Format.Storage)
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Map<String, String> params = parameters == null ? Map.of() : parameters;
            String rawStage = params.getOrDefault(DecisionMacros.STAGE_NAME, "");
            Optional<Stage> stage = Stage.fromParameter(rawStage);
            List<Problem> problems = new ArrayList<>();
            if (stage.isEmpty()) {
                problems.add(Problem.of(DecisionMacros.STAGE_NAME, "alongside.decision.problem.stage.unknown",
                        rawStage.strip()));
            }
            List<PersonRef> refs = List.of();
            try {
                // Any stage will do for reading the people; the real one was checked above.
                ParsedDecision parsed = blocks.read(DecisionMacros.STAGE,
                        Map.of(DecisionMacros.STAGE_NAME, Stage.AGENDA.parameterValue()), Map.of(), body);
                refs = parsed.decision().peopleAt(Stage.AGENDA);
            } catch (StorageFormatException unreadable) {
                problems.add(Problem.of("body", "alongside.decision.problem.body.unreadable"));
            }
            ConfluencePeople people = new ConfluencePeople(userAccessor, messages, request.contextPath(),
                    context == null ? "" : context.getSpaceKey());
            DecisionViews views = new DecisionViews(messages);
            DecisionCardView.StageView view = stage.isPresent()
                    ? views.stage(stage.get(), refs, people) : views.unknownStage(refs, people);
            templates.require(DecisionMacro.WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of("view", views.standaloneStage(view, problems)));
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a record of who took part", e);
        }
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
