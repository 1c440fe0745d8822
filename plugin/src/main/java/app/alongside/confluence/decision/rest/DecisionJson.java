package app.alongside.confluence.decision.rest;

import java.util.List;
import java.util.Map;

/**
 * One decision as the API gives it. Field names are a contract (pinned by {@code DecisionsResourceTest}): add
 * fields, never rename or remove them. Dates are ISO 8601 ({@code 2026-10-14}) or null; {@code status},
 * {@code claimed} and {@code loop} use the values the decision macro stores; {@code stages} always holds all five
 * stages in order, each a list of people; {@code outcome} is plain text; {@code url} opens the decision's card on
 * its page, {@code pageUrl} the page.
 */
public record DecisionJson(long id, long pageId, String pageTitle, String spaceKey, String url, String pageUrl,
                           String title, String status, String supersededBy, String decidedOn, String reviewOn,
                           String claimed, String outcome, Map<String, List<PersonJson>> stages,
                           List<ContributionJson> contributions,
                           boolean loopClosed, String loop) {

    public DecisionJson {
        stages = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stages));
        contributions = List.copyOf(contributions);
    }
}
