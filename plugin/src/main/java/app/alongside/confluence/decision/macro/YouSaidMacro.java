package app.alongside.confluence.decision.macro;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.Contribution;
import app.alongside.decision.DecisionMacros;
import app.alongside.decision.ParsedDecision;
import app.alongside.decision.Response;
import app.alongside.decision.view.DecisionViews;
import app.alongside.storage.StorageFormatException;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-you-said}: something someone said while a decision was shaped, and the group's answer. Inside a
 * decision the decision macro reads it from storage; when Confluence renders one on its own it shows a plain block
 * with what was said, by whom (or "Anonymous"), the response and a note that it belongs inside a decision.
 */
public final class YouSaidMacro implements Macro {

    private final Templates templates;
    private final Messages messages;
    private final UserAccessor userAccessor;
    private final CurrentRequest request;
    private final StandaloneBlocks blocks = new StandaloneBlocks();

    @Inject
    public YouSaidMacro(Templates templates, Messages messages, UserAccessor userAccessor, CurrentRequest request) {
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
            Map<String, String> text = new HashMap<>();
            Map<String, String> storage = new HashMap<>();
            for (String name : List.of(DecisionMacros.RESPONSE, DecisionMacros.ANSWER, DecisionMacros.SAID_ON,
                    DecisionMacros.ANSWERED_ON)) {
                if (params.get(name) != null) {
                    text.put(name, params.get(name));
                }
            }
            by(params.get(DecisionMacros.BY)).ifPresentOrElse(
                    userKey -> storage.put(DecisionMacros.BY, StandaloneBlocks.userParameter(userKey)),
                    () -> {
                        String by = params.get(DecisionMacros.BY);
                        if (by != null && !by.isBlank()) {
                            text.put(DecisionMacros.BY, by);
                        }
                    });
            List<Problem> problems = new ArrayList<>();
            Contribution contribution;
            try {
                ParsedDecision parsed = blocks.read(DecisionMacros.YOU_SAID, text, storage, body);
                contribution = parsed.decision().contributions().get(0);
                problems.addAll(StandaloneBlocks.blockProblems(parsed));
            } catch (StorageFormatException unreadable) {
                contribution = new Contribution("", Optional.empty(), Optional.empty(), Response.PENDING, "",
                        Optional.empty());
                problems.add(Problem.of("body", "alongside.decision.problem.body.unreadable"));
            }
            ConfluencePeople people = new ConfluencePeople(userAccessor, messages, request.contextPath(),
                    context == null ? "" : context.getSpaceKey());
            DecisionViews views = new DecisionViews(messages);
            templates.require(DecisionMacro.WEB_RESOURCE);
            return templates.render(StageMacro.TEMPLATE, Map.of("view",
                    views.standaloneContribution(views.contribution(1, contribution, people), problems)));
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a “you said, we did” record", e);
        }
    }

    /**
     * The user the {@code by} parameter names, as a user key. The macro browser's user picker stores a user, which
     * Confluence hands to {@code execute} as text; try it as a username, then as a user key. Anything else is a
     * name typed by hand.
     */
    private Optional<String> by(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String value = raw.strip();
        try {
            ConfluenceUser user = userAccessor.getUserByName(value);
            if (user == null) {
                user = userAccessor.getUserByKey(new UserKey(value));
            }
            return user == null || user.getKey() == null ? Optional.empty()
                    : Optional.of(user.getKey().getStringValue());
        } catch (RuntimeException e) {
            return Optional.empty();
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
