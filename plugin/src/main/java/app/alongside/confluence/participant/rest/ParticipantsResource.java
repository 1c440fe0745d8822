package app.alongside.confluence.participant.rest;

import app.alongside.confluence.participant.macro.ParticipantUrls;
import app.alongside.confluence.participant.macro.TakingPart;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.participant.AccessNeed;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParsedProfile;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantMacros;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.participant.view.ProfileViews;
import app.alongside.settings.SpaceKeys;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * {@code /rest/alongside/1.0/participants}: the participant directory and profiles for tools. Every method first
 * checks who is asking (401 for an anonymous caller), then shows only participant pages the caller may view; a page
 * the caller may not see is answered exactly as one that does not exist (404). Nothing here ever gives a role or a
 * perspective. Changes are JSON only, which browsers cannot send cross-site without a preflight, so they cannot be
 * forged from another site; changing a profile needs Confluence's edit permission on its page and saves a new
 * version of the page, so the page's history shows who changed what.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class ParticipantsResource {

    /** The most people one answer lists: search to narrow it. */
    static final int LIMIT = DirectoryQuery.MAX_LIMIT;
    static final int MAX_SPACES = 50;
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final Logger LOG = LoggerFactory.getLogger(ParticipantsResource.class);

    private final ParticipantDirectory directory;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final PermissionManager permissionManager;
    private final PageManager pageManager;
    private final CurrentUser currentUser;
    private final TakingPart takingPart;
    private final Messages messages;
    private final ParticipantProfileReader reader = new ParticipantProfileReader();

    @Inject
    public ParticipantsResource(ParticipantDirectory directory, PageVisibility visibility, AppPermissions permissions,
                                PermissionManager permissionManager, PageManager pageManager,
                                CurrentUser currentUser, TakingPart takingPart, Messages messages) {
        this.directory = directory;
        this.visibility = visibility;
        this.permissions = permissions;
        this.permissionManager = permissionManager;
        this.pageManager = pageManager;
        this.currentUser = currentUser;
        this.takingPart = takingPart;
        this.messages = messages;
    }

    /**
     * The directory of one or more spaces ({@code space=RC,PEER}), optionally narrowed by {@code skill},
     * {@code interest} and {@code q} (a name): {@link ParticipantListJson}.
     */
    @GET
    public Response list(@QueryParam("space") String space, @QueryParam("skill") String skill,
                         @QueryParam("interest") String interest, @QueryParam("q") String q,
                         @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return status(Response.Status.UNAUTHORIZED, "alongside.participant.rest.error.login");
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        if (space == null || space.isBlank()) {
            problems.add(Problem.of("space", "alongside.participant.rest.error.space.missing"));
        } else {
            for (String key : LIST_SEPARATORS.split(space.strip())) {
                if (key.isEmpty()) {
                    continue;
                }
                if (!SpaceKeys.isValid(key)) {
                    problems.add(Problem.of("space", "alongside.rest.error.spaces.unknown", shorten(key)));
                } else if (permissions.viewableSpace(user, key).isPresent()) {
                    keys.add(key);
                }
            }
            if (keys.size() > MAX_SPACES) {
                problems.add(Problem.of("space", "alongside.rest.error.spaces.tooMany", MAX_SPACES));
            }
        }
        searchText("skill", skill, problems);
        searchText("interest", interest, problems);
        searchText("q", q, problems);
        if (!problems.isEmpty()) {
            return badRequest("alongside.rest.error.parameters", problems);
        }
        if (keys.isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.rest.error.spaces.unknown", shorten(space.strip()));
        }
        DirectoryQuery query = new DirectoryQuery(keys, Optional.ofNullable(skill), Optional.ofNullable(interest),
                Optional.ofNullable(q), LIMIT);
        List<IndexedParticipant> people = directory.search(query, visibility);
        ParticipantUrls links = links(uriInfo);
        List<ParticipantJson> json = people.stream().map(person -> new ParticipantJson(person.pageId(),
                person.spaceKey(), person.pageTitle(), links.page(person.pageId()), person.name(),
                person.preferredName().orElse(null), person.pronouns().orElse(null), person.skills(),
                person.interests())).toList();
        return private200(new ParticipantListJson(json, json.size(), json.size() >= LIMIT));
    }

    /** One profile with the decisions and groups the person took part in: {@link ProfileJson}. */
    @GET
    @Path("{pageId}")
    public Response one(@PathParam("pageId") String pageId, @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return status(Response.Status.UNAUTHORIZED, "alongside.participant.rest.error.login");
        }
        Optional<Found> found = find(pageId);
        if (found.isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.participant.rest.error.notFound", shorten(pageId));
        }
        return private200(json(found.get(), links(uriInfo)));
    }

    /**
     * Changes the profile's fields (a JSON object read as {@link ProfileUpdateJson}) by rewriting the profile macro's parameters and saving
     * a new version of the page; the body ("what I bring") and everything else on the page stay exactly as they were.
     * 403 without permission to edit the page; 400 naming each field that could not be used; nothing is saved then.
     */
    @PUT
    @Path("{pageId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@PathParam("pageId") String pageId, Map<String, Object> body, @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return status(Response.Status.UNAUTHORIZED, "alongside.participant.rest.error.login");
        }
        Optional<Found> found = find(pageId);
        if (found.isEmpty()) {
            return status(Response.Status.NOT_FOUND, "alongside.participant.rest.error.notFound", shorten(pageId));
        }
        AbstractPage page = found.get().page();
        if (!permissionManager.hasPermission(user.get(), Permission.EDIT, page)) {
            return status(Response.Status.FORBIDDEN, "alongside.participant.rest.error.forbidden");
        }
        Validated<ProfileUpdateJson> update = ProfileUpdateJson.from(body);
        if (!update.isValid()) {
            return badRequest("alongside.participant.edit.error.summary", update.problems());
        }
        Validated<Map<String, String>> changes = ProfileEdit.parameters(update.get());
        if (!changes.isValid()) {
            return badRequest("alongside.participant.edit.error.summary", changes.problems());
        }
        if (changes.get().isEmpty()) {
            return private200(json(found.get(), links(uriInfo)));
        }
        String storage = page.getBodyAsString();
        Optional<String> rewritten = ProfileStorageEditor.rewrite(storage, ParticipantMacros.PROFILE, changes.get());
        if (rewritten.isEmpty()) {
            return status(Response.Status.CONFLICT, "alongside.participant.rest.error.unreadable");
        }
        String updated = rewritten.get();
        try {
            pageManager.saveNewVersion(page, current -> current.setBodyAsString(updated));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("Alongside could not save a participant page (reference {})", reference, e);
            return status(Response.Status.INTERNAL_SERVER_ERROR, "alongside.participant.rest.error.save", reference);
        }
        Optional<Found> saved = find(pageId);
        return private200(json(saved.orElse(new Found(page, read(updated, page.getTitle()).orElseThrow())),
                links(uriInfo)));
    }

    /** A participant page the caller may view, not in the trash, holding a profile. */
    private Optional<Found> find(String pageId) {
        if (pageId == null || !pageId.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        long id = Long.parseLong(pageId);
        if (!visibility.visible(Set.of(id)).contains(id)) {
            return Optional.empty();
        }
        AbstractPage page = pageManager.getAbstractPage(id);
        if (page == null || page.isDeleted()) {
            return Optional.empty();
        }
        return read(page.getBodyAsString(), page.getTitle()).map(parsed -> new Found(page, parsed));
    }

    private Optional<ParsedProfile> read(String storage, String title) {
        try {
            return reader.readPage(storage == null ? "" : storage, title == null ? "" : title);
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not read a participant page: {}", e.toString());
            return Optional.empty();
        }
    }

    private ProfileJson json(Found found, ParticipantUrls links) {
        AbstractPage page = found.page();
        ParticipantProfile profile = found.parsed().profile();
        String spaceKey = spaceKey(page);
        List<IndexedDecision> decisions = takingPart.decisions(spaceKey, page.getTitle(), profile.userKey())
                .orElse(List.of());
        Map<String, String> spaceNames = takingPart.spaceNames(decisions);
        List<ProfileJson.DecisionRefJson> refs = decisions.stream()
                .limit(ProfileViews.MAX_DECISIONS)
                .map(row -> new ProfileJson.DecisionRefJson(row.id(), row.decision().title(), links.decision(row),
                        row.page().pageId(), row.page().title(), row.page().spaceKey(),
                        row.decision().decidedOn().map(Object::toString).orElse(null)))
                .toList();
        List<ProfileJson.GroupJson> groups = spaceNames.entrySet().stream()
                .map(entry -> new ProfileJson.GroupJson(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(ProfileJson.GroupJson::name, String.CASE_INSENSITIVE_ORDER)).toList();
        return new ProfileJson(page.getId(), spaceKey, page.getTitle(), links.page(page.getId()), profile.name(),
                profile.preferredName().orElse(null), profile.pronouns().orElse(null), profile.userKey().isPresent(),
                profile.photo().orElse(null), profile.skills(), profile.interests(),
                profile.accessNeeds().stream().sorted(Comparator.comparing(Enum::ordinal)).map(AccessNeed::code)
                        .toList(),
                profile.accessNotes().orElse(null), profile.availability().orElse(null), profile.whatIBringText(),
                refs, groups, new ProfileViews(messages).problems(found.parsed().problems()));
    }

    private static String spaceKey(ContentEntityObject page) {
        return page instanceof SpaceContentEntityObject content && content.getSpaceKey() != null
                ? content.getSpaceKey() : "";
    }

    private static void searchText(String field, String value, List<Problem> problems) {
        if (value == null) {
            return;
        }
        if (value.codePointCount(0, value.length()) > ParticipantProfile.MAX_SHORT_TEXT) {
            problems.add(Problem.of(field, "alongside.rest.error.q.long", ParticipantProfile.MAX_SHORT_TEXT));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.of(field, "alongside.rest.error.q.control"));
        }
    }

    /** Links from the address the caller used: the site is everything before {@code /rest/}. */
    private static ParticipantUrls links(UriInfo uriInfo) {
        String base = uriInfo.getBaseUri().toString();
        int rest = base.lastIndexOf("/rest/");
        return new ParticipantUrls(rest >= 0 ? base.substring(0, rest) : URI.create(base).resolve("/").toString());
    }

    private Response status(Response.Status status, String messageKey, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(messages.text(messageKey, arguments), List.of())).build();
    }

    private Response badRequest(String summaryKey, List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream()
                .map(p -> new ErrorJson.FieldError(p.field(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(messages.text(summaryKey), errors)).build();
    }

    private static Response private200(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    private static String shorten(String text) {
        String value = text == null ? "" : text;
        return value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
    }

    private record Found(AbstractPage page, ParsedProfile parsed) {
    }
}
