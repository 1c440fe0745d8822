package app.alongside.confluence.participant.macro;

import app.alongside.confluence.render.Templates;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.decision.register.PageVisibility;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.view.DirectoryView;
import app.alongside.participant.view.DirectoryViews;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.content.render.xhtml.ConversionContextOutputType;
import com.atlassian.confluence.macro.Macro;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@code alongside-participant-directory}: the people with participant pages in one or more spaces, as cards or a
 * table, alphabetically by the name they go by — never ordered or grouped by anything else, never with a role or a
 * perspective. Lists a page only if the viewer may view it. Readers search by name, skill and interest through a
 * plain GET form back to the same page; a small script adds filter-as-you-type where JavaScript runs.
 */
public final class ParticipantDirectoryMacro implements Macro {

    static final String TEMPLATE = "templates/participant/directory.vm";
    static final String WEB_RESOURCE = "app.alongside.confluence:participant-directory-resources";
    /** Where a search lands: the directory, not the top of the page. */
    static final String ANCHOR = "alongside-directory";
    /** People one directory lists; more are reached by searching. */
    static final int LIMIT = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantDirectoryMacro.class);

    private final Templates templates;
    private final Messages messages;
    private final ParticipantDirectory directory;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final CurrentRequest request;

    @Inject
    public ParticipantDirectoryMacro(Templates templates, Messages messages, ParticipantDirectory directory,
                                     PageVisibility visibility, AppPermissions permissions, CurrentUser currentUser,
                                     CurrentRequest request) {
        this.templates = templates;
        this.messages = messages;
        this.directory = directory;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.request = request;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        try {
            Optional<HttpServletRequest> page = isInteractive(context) ? request.get() : Optional.empty();
            Optional<PageAddress> address = page.flatMap(PageAddress::of);
            DirectorySettings.Result settings = DirectorySettings.read(parameters,
                    address.isPresent() ? readerParameters(page.get()) : Map.of(),
                    context == null ? null : context.getSpaceKey());
            templates.require(WEB_RESOURCE);
            if (!settings.problems().isEmpty()) {
                return problemsOnly(localise(settings.problems()));
            }

            ViewableSpaces spaces = permissions.viewableSpaces(currentUser.get(), settings.spaceKeys());
            if (spaces.noneVisible()) {
                return problemsOnly(List.of(messages.text("alongside.directory.problem.spaces.noneVisible",
                        String.join(", ", spaces.hiddenKeys()))));
            }
            Set<String> visibleKeys = spaces.keys();
            List<String> names = spaces.names();
            List<String> hiddenKeys = spaces.hiddenKeys();
            DirectoryQuery query = new DirectoryQuery(visibleKeys, settings.skill(), settings.interest(),
                    settings.name(), LIMIT);

            List<IndexedParticipant> people;
            try {
                people = directory.search(query, visibility);
            } catch (RuntimeException failure) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                LOG.error("Alongside could not read the participant directory (reference {})", reference, failure);
                return templates.messagePanel(messages.text("alongside.directory.error.unavailable", reference));
            }

            String resetLink = address.map(a -> a.withOwnParameters(ANCHOR)).orElse("");
            DirectoryView view = new DirectoryViews(messages).of(people, query, names, settings.table(),
                    settings.readerFiltered(), resetLink, new ParticipantUrls(request.contextPath()));
            List<String> notices = new ArrayList<>();
            if (!hiddenKeys.isEmpty()) {
                notices.add(messages.text("alongside.directory.notice.spacesHidden", String.join(", ", hiddenKeys)));
            }
            Map<String, Object> model = base(List.of(), notices);
            model.put("view", view);
            address.ifPresent(a -> model.put("form", form(a, settings, resetLink)));
            return templates.render(TEMPLATE, model);
        } catch (RuntimeException e) {
            return templates.unexpectedFailurePanel("the participant directory", e);
        }
    }

    /** Readers can search only where the page is being viewed (not in exports, feeds or previews). */
    private static boolean isInteractive(ConversionContext context) {
        return context != null && ConversionContextOutputType.DISPLAY.value().equalsIgnoreCase(
                String.valueOf(context.getOutputType()));
    }

    /** The directory's search from the address, without its prefix; the last value of each wins. */
    static Map<String, String> readerParameters(HttpServletRequest request) {
        Map<String, String> found = new HashMap<>();
        for (String name : DirectorySettings.READER_PARAMETERS) {
            String[] values = request.getParameterValues(DirectorySettings.PREFIX + name);
            if (values != null && values.length > 0 && values[values.length - 1] != null) {
                found.put(name, values[values.length - 1]);
            }
        }
        return found;
    }

    private DirectoryFormView form(PageAddress address, DirectorySettings.Result settings, String resetLink) {
        List<DirectoryFormView.Hidden> hidden = new ArrayList<>();
        for (Entry<String, String> parameter : address.parameters()) {
            hidden.add(new DirectoryFormView.Hidden(parameter.getKey(), parameter.getValue()));
        }
        String prefix = DirectorySettings.PREFIX;
        return new DirectoryFormView(address.path() + "#" + ANCHOR, hidden,
                messages.text("alongside.directory.search.legend"),
                new DirectoryFormView.Field(prefix + DirectorySettings.NAME, ANCHOR + "-q",
                        messages.text("alongside.directory.search.name"), settings.name().orElse("")),
                new DirectoryFormView.Field(prefix + DirectorySettings.SKILL, ANCHOR + "-skill",
                        messages.text("alongside.directory.search.skill"), settings.skill().orElse("")),
                new DirectoryFormView.Field(prefix + DirectorySettings.INTEREST, ANCHOR + "-interest",
                        messages.text("alongside.directory.search.interest"), settings.interest().orElse("")),
                messages.text("alongside.directory.search.submit"), messages.text("alongside.directory.search.reset"),
                resetLink);
    }

    private String problemsOnly(List<String> problems) {
        return templates.render(TEMPLATE, base(problems, List.of()));
    }

    private Map<String, Object> base(List<String> problems, List<String> notices) {
        Map<String, Object> model = new HashMap<>();
        model.put("anchor", ANCHOR);
        model.put("problems", problems);
        model.put("problemsHeading", messages.text("alongside.directory.problems.heading"));
        model.put("notices", notices);
        model.put("noticesHeading", messages.text("alongside.directory.notices.heading"));
        return model;
    }

    private List<String> localise(List<Problem> problems) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            sentences.add(messages.text("alongside.participant.problem.format",
                    messages.text("alongside.directory.field." + problem.field()),
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
