package app.alongside.confluence.meeting.macro;

import app.alongside.confluence.decision.macro.ConfluencePeople;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.meeting.Meeting;
import app.alongside.meeting.MeetingReader;
import app.alongside.meeting.ParsedMeeting;
import app.alongside.meeting.view.MeetingViews;
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

/**
 * {@code alongside-meeting}: the record at the top of a meeting's notes of when it was held and who chaired it, shown
 * as one line ("Meeting on 14 October 2026 · Chaired by …"), with what the writer should fix above it, as the decision
 * card shows its problems. The body reaches the macro as storage format, so core's {@link MeetingReader} reads the
 * chairs exactly as the page index does.
 */
public final class MeetingMacro implements Macro {

    static final String TEMPLATE = "templates/meeting/meeting.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:decision-resources";

    private final Templates templates;
    private final Messages messages;
    private final UserAccessor userAccessor;
    private final CurrentRequest request;
    private final MeetingReader reader = new MeetingReader();

    @Inject
    public MeetingMacro(Templates templates, Messages messages, UserAccessor userAccessor, CurrentRequest request) {
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
            ParsedMeeting parsed;
            try {
                parsed = reader.readMacro(params, body);
            } catch (StorageFormatException unreadable) {
                ParsedMeeting dateOnly = reader.readMacro(params, null);
                List<Problem> problems = new ArrayList<>(dateOnly.problems());
                problems.removeIf(p -> p.messageKey().equals("alongside.meeting.problem.chair.missing"));
                problems.add(Problem.of("chairs", "alongside.meeting.problem.body.unreadable"));
                parsed = new ParsedMeeting(new Meeting(dateOnly.meeting().date(), List.of()), problems);
            }
            String spaceKey = context == null || context.getSpaceKey() == null ? "" : context.getSpaceKey();
            ConfluencePeople people = new ConfluencePeople(userAccessor, messages, request.contextPath(), spaceKey);
            templates.require(WEB_RESOURCE);
            return templates.render(TEMPLATE, Map.of("view", new MeetingViews(messages).view(parsed, people)));
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a meeting record", e);
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
