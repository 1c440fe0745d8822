package app.alongside.confluence.signal.rest;

import app.alongside.confluence.decision.rest.RestErrors;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.signal.LivePlacements;
import app.alongside.ladder.LadderRules;
import app.alongside.confluence.signal.web.DecisionOnPage;
import app.alongside.decision.register.DecisionRegister;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.decision.register.RegisterQuery;
import app.alongside.decision.view.DecisionViews;
import app.alongside.evidence.Evidence;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.signal.Acknowledgement;
import app.alongside.signal.Acknowledgements;
import app.alongside.signal.Signal;
import app.alongside.signal.SignalKind;
import app.alongside.signal.SignalSubject;
import app.alongside.signal.SpaceSignals;
import app.alongside.signal.UnrecognisedSignals;
import app.alongside.text.Messages;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /rest/alongside/1.0/signals}: a space's tokenism signals ({@code GET ?space=KEY}) and acknowledging a signal
 * with a note ({@code POST|DELETE /acknowledgements}). Who is asking is checked first (anonymous: 401). A decision
 * signal may be acknowledged by anyone who may edit the decision's page; a space signal by the space's
 * administrators and facilitators. Changes are JSON only (or DELETE), so no form on another site can make them.
 */
@Path("signals")
@Produces(MediaType.APPLICATION_JSON)
@LicensedOnly
public class SignalsResource {

    /** At most this many of the space's visible decisions are read for its signals (as a charter's evaluation). */
    static final int MAX_DECISIONS = 500;
    /** The most recent decisions whose own signals are worked out live, with reasons. */
    static final int RECENT_DECISIONS = 25;

    private final DecisionRegister register;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final Messages messages;
    private final LivePlacements live;
    private final InvolvementTotals totals;
    private final Acknowledgements acknowledgements;
    private final DecisionOnPage decisions;
    private final UnrecognisedSignals unrecognised;
    private final Clock clock;
    private final RestErrors errors;

    @Inject
    public SignalsResource(DecisionRegister register, PageVisibility visibility, AppPermissions permissions,
                           CurrentUser currentUser, Messages messages, LivePlacements live, InvolvementTotals totals,
                           Acknowledgements acknowledgements, DecisionOnPage decisions,
                           UnrecognisedSignals unrecognised, Clock clock) {
        this.register = register;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.messages = messages;
        this.live = live;
        this.totals = totals;
        this.acknowledgements = acknowledgements;
        this.decisions = decisions;
        this.unrecognised = unrecognised;
        this.clock = clock;
        this.errors = new RestErrors(messages);
    }

    /**
     * {@code {"space", "signals": [space signals with evidence and acknowledgement], "decisions": [the most recent
     * decisions with their signals], "truncated"}}. Only decisions on pages the caller may view are read, at most
     * {@value #MAX_DECISIONS}. "Not recognised in time" is counted from the ledger against the space's agreed charter
     * on a page the caller may view: counts for the space, never whose contribution waited.
     */
    @GET
    public Response space(@QueryParam("space") String spaceKey) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Optional<Space> space = spaceKey == null || spaceKey.isBlank() || spaceKey.length() > 255 ? Optional.empty()
                : permissions.viewableSpace(user, spaceKey.strip());
        if (space.isEmpty()) {
            return errors.status(Response.Status.NOT_FOUND, "alongside.rest.error.signals.space");
        }
        String key = space.get().getKey();
        List<IndexedDecision> rows = new ArrayList<>();
        register.forEachVisible(RegisterQuery.allIn(Set.of(key)), visibility, MAX_DECISIONS + 1, rows::add);
        boolean truncated = rows.size() > MAX_DECISIONS;
        if (truncated) {
            rows = rows.subList(0, MAX_DECISIONS);
        }
        DecisionViews words = new DecisionViews(messages);
        Map<SignalKind, Acknowledgement> spaceAcks = acknowledgements.about(SignalSubject.space(key));
        List<Map<String, Object>> spaceSignals = new ArrayList<>();
        LadderRules rules = live.rulesFor(key);
        for (Signal signal : spaceSignals(rules, key, rows)) {
            Map<String, Object> json = signalJson(signal, words);
            json.put("evidence", signal.evidence().stream().map(SignalsResource::evidenceJson).toList());
            json.put("acknowledgement", ackJson(spaceAcks.get(signal.kind())));
            spaceSignals.add(json);
        }
        List<Map<String, Object>> recent = new ArrayList<>();
        for (IndexedDecision row : rows.subList(0, Math.min(RECENT_DECISIONS, rows.size()))) {
            LivePlacements.Placed placed = live.place(row.decision(), totals.atEachStage(row.decision(), key), rules);
            Map<SignalKind, Acknowledgement> acks = placed.signals().isEmpty() ? Map.of()
                    : acknowledgements.about(SignalSubject.decision(row.page().pageId(), row.decision().localId()));
            List<Map<String, Object>> signals = new ArrayList<>();
            for (Signal signal : placed.signals()) {
                Map<String, Object> json = signalJson(signal, words);
                json.put("acknowledgement", ackJson(acks.get(signal.kind())));
                signals.add(json);
            }
            Map<String, Object> decision = new LinkedHashMap<>();
            decision.put("id", row.id());
            decision.put("pageId", row.page().pageId());
            decision.put("localId", row.decision().localId());
            decision.put("title", row.decision().title());
            decision.put("decidedOn", row.decision().decidedOn().map(LocalDate::toString).orElse(null));
            decision.put("rung", placed.placement().rung().parameterValue());
            decision.put("signals", signals);
            recent.add(decision);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("space", key);
        body.put("signals", spaceSignals);
        body.put("decisions", recent);
        body.put("truncated", truncated);
        return ok(body);
    }

    /**
     * {@code {"kind": "few-seats", "pageId": 123, "localId": "venue", "note": "..."}} for a decision signal, or
     * {@code {"kind": "same-people", "spaceKey": "RC", "note": "..."}} for a space signal. Only a signal raised now
     * can be acknowledged (409 otherwise); a second acknowledgement replaces the first.
     */
    @POST
    @Path("acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response acknowledge(Map<String, Object> body) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Map<String, Object> fields = body == null ? Map.of() : body;
        Target target = target(user, string(fields, "kind"), string(fields, "pageId"), string(fields, "localId"),
                string(fields, "spaceKey"));
        if (target.refusal() != null) {
            return target.refusal();
        }
        if (!target.raised()) {
            return errors.status(Response.Status.CONFLICT, "alongside.acknowledgement.problem.notRaised");
        }
        Validated<Acknowledgement> result = acknowledgements.acknowledge(user.get().getKey().getStringValue(),
                target.kind(), target.subject(), target.spaceKey(), target.decidedOn(), string(fields, "note"));
        if (!result.isValid()) {
            return errors.badParameters(result.problems());
        }
        return ok(ackJson(result.get()));
    }

    /** Takes an acknowledgement back: the same fields as query parameters. 204, or 404 if there was none. */
    @DELETE
    @Path("acknowledgements")
    public Response withdraw(@QueryParam("kind") String kind, @QueryParam("pageId") String pageId,
                             @QueryParam("localId") String localId, @QueryParam("spaceKey") String spaceKey) {
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            return errors.status(Response.Status.UNAUTHORIZED, "alongside.rest.error.login");
        }
        Target target = target(user, kind, pageId, localId, spaceKey);
        if (target.refusal() != null) {
            return target.refusal();
        }
        if (!acknowledgements.withdraw(target.subject(), target.kind())) {
            return errors.status(Response.Status.NOT_FOUND, "alongside.rest.error.acknowledgement.notFound");
        }
        return Response.noContent().build();
    }

    /** What is being acknowledged, once the caller is known to be allowed; else the refusal. */
    private record Target(SignalKind kind, SignalSubject subject, String spaceKey, Optional<LocalDate> decidedOn,
                          boolean raised, Response refusal) {
        static Target refused(Response refusal) {
            return new Target(null, null, null, Optional.empty(), false, refusal);
        }
    }

    private Target target(Optional<ConfluenceUser> user, String kindCode, String pageId, String localId,
                          String spaceKey) {
        Optional<SignalKind> kind = SignalKind.fromCode(kindCode);
        boolean aboutDecision = pageId != null && !pageId.isBlank();
        if (kind.isEmpty() || (aboutDecision == (spaceKey != null && !spaceKey.isBlank()))
                || kind.get().scope() != (aboutDecision ? SignalKind.Scope.DECISION : SignalKind.Scope.SPACE)) {
            return Target.refused(errors.status(Response.Status.BAD_REQUEST,
                    "alongside.rest.error.acknowledgement.subject"));
        }
        if (aboutDecision) {
            if (!pageId.strip().matches("[0-9]{1,18}")) {
                return Target.refused(errors.status(Response.Status.BAD_REQUEST,
                        "alongside.rest.error.acknowledgement.subject"));
            }
            Optional<DecisionOnPage.Found> found = decisions.find(user, Long.parseLong(pageId.strip()), localId);
            if (found.isEmpty()) {
                return Target.refused(errors.status(Response.Status.NOT_FOUND, "alongside.acknowledgement.web.notFound"));
            }
            if (!permissions.mayEdit(user, found.get().page())) {
                return Target.refused(errors.status(Response.Status.FORBIDDEN,
                        "alongside.rest.error.acknowledgement.forbidden"));
            }
            DecisionOnPage.Found decision = found.get();
            boolean raised = live.place(decision.decision(), totals.atEachStage(decision.decision(),
                    decision.spaceKey()), decision.spaceKey()).signals().stream().anyMatch(s -> s.kind() == kind.get());
            return new Target(kind.get(), SignalSubject.decision(decision.page().getId(),
                    decision.decision().localId()), decision.spaceKey(), decision.decision().decidedOn(), raised, null);
        }
        Optional<Space> space = spaceKey.length() > 255 ? Optional.empty()
                : permissions.viewableSpace(user, spaceKey.strip());
        if (space.isEmpty()) {
            return Target.refused(errors.status(Response.Status.NOT_FOUND, "alongside.rest.error.signals.space"));
        }
        if (!permissions.canAdministerSpace(user, space.get()) && !permissions.isFacilitator(user)) {
            return Target.refused(errors.status(Response.Status.FORBIDDEN,
                    "alongside.rest.error.acknowledgement.forbidden"));
        }
        String key = space.get().getKey();
        List<IndexedDecision> rows = new ArrayList<>();
        register.forEachVisible(RegisterQuery.allIn(Set.of(key)), visibility, MAX_DECISIONS, rows::add);
        boolean raised = spaceSignals(live.rulesFor(key), key, rows).stream().anyMatch(s -> s.kind() == kind.get());
        return new Target(kind.get(), SignalSubject.space(key), key, Optional.empty(), raised, null);
    }

    /** The space's signals as they stand today, from its decisions and the ledger against its charter. */
    private List<Signal> spaceSignals(LadderRules rules, String key, List<IndexedDecision> rows) {
        return new SpaceSignals(rules).of(rows,
                unrecognised.in(key, visibility, LocalDate.now(clock)));
    }

    private static Map<String, Object> signalJson(Signal signal, DecisionViews words) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", signal.kind().code());
        json.put("name", words.name(signal.kind()));
        json.put("reason", words.reason(signal.reason()));
        json.put("details", signal.details().stream().map(words::reason).toList());
        return json;
    }

    private static Map<String, Object> evidenceJson(Evidence evidence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decisionId", evidence.decisionId().isPresent() ? evidence.decisionId().getAsLong() : null);
        json.put("pageId", evidence.pageId());
        json.put("title", evidence.title());
        json.put("date", evidence.date().map(LocalDate::toString).orElse(null));
        return json;
    }

    /** The group's note and when; who acknowledged is shown on the page, not repeated in this summary. */
    private static Map<String, Object> ackJson(Acknowledgement ack) {
        if (ack == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", ack.kind().code());
        json.put("note", ack.note());
        json.put("acknowledgedOn", LocalDate.ofInstant(ack.at(), ZoneId.systemDefault()).toString());
        return json;
    }

    private static String string(Map<String, Object> body, String name) {
        Object value = body.get(name);
        return value == null ? null : String.valueOf(value);
    }

    private static Response ok(Object entity) {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
