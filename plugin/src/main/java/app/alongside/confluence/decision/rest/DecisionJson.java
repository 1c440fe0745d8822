package app.alongside.confluence.decision.rest;

import java.util.List;
import java.util.Map;

/**
 * One decision as the API gives it. Field names are a contract (pinned by {@code DecisionsResourceTest}): add
 * fields, never rename or remove them. Dates are ISO 8601 ({@code 2026-10-14}) or null; {@code status},
 * {@code claimed} and {@code loop} use the values the decision macro stores; {@code stages} always holds all five
 * stages in order, each a list of people; {@code outcome} is plain text; {@code url} opens the decision's card on
 * its page, {@code pageUrl} the page. {@code ladder} ({@link LadderJson}) and {@code signals} ({@link SignalJson}):
 * for one decision worked out live with reasons; in lists read from the placement index without reasons, and
 * {@code ladder} null for a decision not placed yet.
 */
public record DecisionJson(long id, long pageId, String pageTitle, String spaceKey, String url, String pageUrl,
                           String title, String status, String supersededBy, String decidedOn, String reviewOn,
                           String claimed, String outcome, Map<String, List<PersonJson>> stages,
                           List<ContributionJson> contributions,
                           boolean loopClosed, String loop, LadderJson ladder, List<SignalJson> signals) {

    public DecisionJson {
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        contributions = List.copyOf(contributions);
        signals = signals == null ? List.of() : List.copyOf(signals);
    }

    /** This decision with its ladder placement and signals. */
    public DecisionJson with(LadderJson ladder, List<SignalJson> signals) {
        return new DecisionJson(id, pageId, pageTitle, spaceKey, url, pageUrl, title, status, supersededBy, decidedOn,
                reviewOn, claimed, outcome, stages, contributions, loopClosed, loop, ladder, signals);
    }
}
