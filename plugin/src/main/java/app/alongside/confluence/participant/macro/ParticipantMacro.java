package app.alongside.confluence.participant.macro;

import app.alongside.confluence.render.RichText;
import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.participant.ParsedProfile;
import app.alongside.participant.ParticipantMacros;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.participant.view.ProfileView;
import app.alongside.participant.view.ProfileViews;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.Format;
import com.atlassian.confluence.content.render.xhtml.macro.annotation.RequiresFormat;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code alongside-participant}: a person's profile on their participant page, as an accessible card — as a person,
 * never by role, diagnosis or service use. The body ("what I bring", in their own words) reaches the macro as storage
 * format and Confluence renders it, as it does a decision's outcome. What is wrong in how the profile is written is
 * listed above the card, in words; the card still shows.
 */
public final class ParticipantMacro implements Macro {

    static final String TEMPLATE = "templates/participant/profile.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:participant-resources";

    private final Templates templates;
    private final Messages messages;
    private final RichText richText;
    private final UserAccessor userAccessor;
    private final CurrentRequest request;
    private final CurrentUser currentUser;
    private final TakingPart takingPart;
    private final ParticipantProfileReader reader = new ParticipantProfileReader();

    @Inject
    public ParticipantMacro(Templates templates, Messages messages, XhtmlContent xhtmlContent,
                            UserAccessor userAccessor, CurrentRequest request, CurrentUser currentUser,
                            TakingPart takingPart) {
        this.templates = templates;
        this.messages = messages;
        this.richText = new RichText(xhtmlContent);
        this.userAccessor = userAccessor;
        this.request = request;
        this.currentUser = currentUser;
        this.takingPart = takingPart;
    }

    @Override
    @RequiresFormat(Format.Storage)
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Map<String, String> params = new HashMap<>(parameters == null ? Map.of() : parameters);
            List<Problem> extra = new ArrayList<>();
            String rawUser = params.remove(ParticipantMacros.USER);
            Optional<ConfluenceUser> user = UserParameter.resolve(userAccessor, rawUser);
            user.ifPresent(account -> params.put(ParticipantMacros.USER, account.getKey().getStringValue()));
            if (user.isEmpty() && rawUser != null && !rawUser.isBlank()) {
                extra.add(Problem.of(ParticipantMacros.USER, "alongside.participant.problem.user.unknown",
                        rawUser.strip()));
            }

            ContentEntityObject page = context == null ? null : context.getEntity();
            long pageId = page == null ? 0 : page.getId();
            String pageTitle = page == null || page.getTitle() == null ? "" : page.getTitle();
            String spaceKey = spaceKey(page, context);

            ParsedProfile parsed = reader.readMacro(params, body == null ? "" : body, pageTitle);
            if (!extra.isEmpty()) {
                List<Problem> all = new ArrayList<>(parsed.problems());
                all.addAll(extra);
                parsed = new ParsedProfile(parsed.profile(), all);
            }
            Optional<String> userKey = parsed.profile().userKey();
            String whatIBringHtml = render(parsed.profile().whatIBringStorage(), context);

            Optional<List<IndexedDecision>> decisions = takingPart.decisions(spaceKey, pageTitle, userKey);
            Map<String, String> spaceNames = takingPart.spaceNames(decisions.orElse(List.of()));
            boolean viewerIsThePerson = userKey.isPresent() && currentUser.get()
                    .map(viewer -> viewer.getKey() != null && viewer.getKey().getStringValue().equals(userKey.get()))
                    .orElse(false);

            ProfileView view = new ProfileViews(messages).of(parsed, pageId, decisions, spaceNames,
                    takingPart.publishedOwnWords(pageId, userKey), viewerIsThePerson,
                    new ParticipantUrls(request.contextPath()));
            templates.require(WEB_RESOURCE);
            Map<String, Object> model = new HashMap<>();
            model.put("view", view);
            model.put("whatIBringHtml", whatIBringHtml);
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("a participant profile", e);
        }
    }

    /** The space of the page being rendered: the page's own, or the context's (e.g. while previewing). */
    private static String spaceKey(ContentEntityObject page, ConversionContext context) {
        if (page instanceof SpaceContentEntityObject content && content.getSpaceKey() != null) {
            return content.getSpaceKey();
        }
        return context == null || context.getSpaceKey() == null ? "" : context.getSpaceKey();
    }

    /**
     * "What I bring" as Confluence renders storage (links, mentions and macros in it work as anywhere on the page).
     * If Confluence cannot render it, the card shows it as plain text instead.
     */
    private String render(String storage, ConversionContext context) {
        return richText.toView(storage, context, "what a participant brings");
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
