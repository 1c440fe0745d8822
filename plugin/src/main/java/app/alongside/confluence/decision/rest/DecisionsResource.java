package app.alongside.confluence.decision.rest;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.signal.LivePlacements;
import app.alongside.decision.register.RegisterPage;
import app.alongside.decision.view.DecisionViews;
import app.alongside.ladder.LadderRules;
import app.alongside.ladder.PlacementIndex;
import app.alongside.ladder.StoredPlacement;
import app.alongside.perspective.InvolvementTotals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.text.Messages;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/alongside/1.0/decisions}: the decision register for tools and spreadsheets. Every method first checks
 * who is asking (401 for an anonymous caller), then shows only decisions on pages the caller may view, page
 * restrictions included. A decision the caller may not see is answered exactly as one that does not exist (404).
 * Read only, so nothing here can be forged from another site.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class DecisionsResource {

    /** The most rows one CSV export holds; a bigger export is refused with a request to narrow the filters. */
    static final int MAX_EXPORT_ROWS = 10_000;
    static final String CSV = "text/csv";
    private static final Logger LOG = LoggerFactory.getLogger(DecisionsResource.class);

    private final DecisionRegister register;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final UserAccessor users;
    private final RestErrors errors;
    private final PlacementIndex placements;
    private final LivePlacements live;
    private final InvolvementTotals totals;

    @Inject
    public DecisionsResource(DecisionRegister register, PageVisibility visibility, AppPermissions permissions,
                             CurrentUser currentUser, Messages messages, UserAccessor users, PlacementIndex placements,
                             LivePlacements live, InvolvementTotals totals) {
        this.register = register;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.users = users;
        this.errors = new RestErrors(messages);
        this.placements = placements;
        this.live = live;
        this.totals = totals;
    }

    /** One page of the register: {@link DecisionListJson}. */
    @GET
    public Response list(@BeanParam RegisterParameters parameters, @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Validated<RegisterQuery> query = query(parameters, user);
        if (!query.isValid()) {
            return errors.badParameters(query.problems());
        }
        SiteLinks links = SiteLinks.of(uriInfo);
        RegisterPage page = register.search(query.get(), remembering(visibility));
        Map<String, LadderRules> rules = new HashMap<>();
        DecisionListJson body = jsons(links).list(page, placed(page),
                space -> rules.computeIfAbsent(space, live::rulesFor), live.today(), messages);
        return private200(body, MediaType.APPLICATION_JSON_TYPE);
    }

    /** One decision: {@link DecisionJson}, or 404 if it does not exist, its page is in the trash or hidden. */
    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id, @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Optional<IndexedDecision> found = parseId(id).flatMap(value -> register.find(value, visibility));
        if (found.isEmpty()) {
            return errors.status(Response.Status.NOT_FOUND, "alongside.rest.error.decision.notFound",
                    RegisterParameters.echo(id));
        }
        IndexedDecision row = found.get();
        DecisionJsons jsons = jsons(SiteLinks.of(uriInfo));
        DecisionJson body;
        try {
            LivePlacements.Placed placed = live.place(row.decision(),
                    totals.atEachStage(row.decision(), row.page().spaceKey()), row.page().spaceKey());
            body = jsons.decision(row, placed.placement(), placed.signals(), new DecisionViews(messages));
        } catch (RuntimeException e) {
            // The record still answers; "ladder": null says it could not be placed just now.
            LOG.warn("Alongside could not place a decision on the ladder: {}", e.toString());
            body = jsons.decision(row);
        }
        return private200(body, MediaType.APPLICATION_JSON_TYPE);
    }

    /** The stored placements of the page's rows, in one question; none if the index cannot answer. */
    private Map<Long, StoredPlacement> placed(RegisterPage page) {
        if (page.rows().isEmpty()) {
            return Map.of();
        }
        try {
            return placements.forDecisions(page.rows().stream().map(IndexedDecision::id).toList());
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not read the ladder placements: {}", e.toString());
            return Map.of();
        }
    }

    /**
     * Every visible decision matching the filters (limit and cursor are ignored), as a CSV file for a spreadsheet:
     * UTF-8 with a byte order mark, RFC 4180, formula injection neutralised. Streamed, at most
     * {@link #MAX_EXPORT_ROWS} rows; a bigger export is refused before anything is written.
     */
    @GET
    @Path("export.csv")
    @Produces({CSV, MediaType.APPLICATION_JSON})
    public Response export(@BeanParam RegisterParameters parameters, @Context UriInfo uriInfo) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Validated<RegisterQuery> validated = query(parameters.cursor(null).limit(null), user);
        if (!validated.isValid()) {
            return errors.badParameters(validated.problems());
        }
        RegisterQuery query = validated.get();
        PageVisibility remembered = remembering(visibility);
        int total = register.search(query.withPageSize(1), remembered).total();
        if (total > MAX_EXPORT_ROWS) {
            return errors.status(Response.Status.BAD_REQUEST, "alongside.rest.error.export.tooMany", total,
                    MAX_EXPORT_ROWS);
        }
        SiteLinks links = SiteLinks.of(uriInfo);
        DecisionCsv csv = new DecisionCsv(jsons(links), links, messages);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter out = new CsvWriter(writer);
            out.startFile();
            out.record(csv.headings());
            try {
                register.forEachVisible(query, remembered, MAX_EXPORT_ROWS, row -> {
                    try {
                        out.record(csv.row(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body, new MediaType("text", "csv", StandardCharsets.UTF_8.name()))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(query) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(noStore())
                .build();
    }

    private Validated<RegisterQuery> query(RegisterParameters parameters, Optional<ConfluenceUser> user) {
        return parameters.toQuery(key -> permissions.viewableSpace(user, key).map(Space::getKey));
    }

    private DecisionJsons jsons(SiteLinks links) {
        return new DecisionJsons(new PeopleNames(users, links, messages), links);
    }

    /** {@code alongside-decisions-RC-BOARD-2026-11-29.csv}: letters, digits, dots, hyphens and underscores only. */
    static String fileName(RegisterQuery query) {
        String spaces = String.join("-", query.spaceKeys().stream().sorted().toList());
        if (spaces.length() > 60) {
            spaces = spaces.substring(0, 60);
        }
        String name = "alongside-decisions-" + spaces + "-" + LocalDate.now();
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
    }

    private static Optional<Long> parseId(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id)).filter(value -> value > 0);
    }

    private static Response private200(Object entity, MediaType type) {
        return Response.ok(entity, type).cacheControl(noStore()).header("X-Content-Type-Options", "nosniff").build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }

    /** Asks about each page once per request, however many searches the request makes. */
    private static PageVisibility remembering(PageVisibility visibility) {
        Map<Long, Boolean> known = new HashMap<>();
        return pageIds -> {
            Set<Long> unknown = new HashSet<>(pageIds);
            unknown.removeAll(known.keySet());
            if (!unknown.isEmpty()) {
                Set<Long> visible = visibility.visible(unknown);
                unknown.forEach(id -> known.put(id, visible.contains(id)));
            }
            Set<Long> result = new HashSet<>();
            pageIds.forEach(id -> {
                if (known.get(id)) {
                    result.add(id);
                }
            });
            return result;
        };
    }
}
