package app.alongside.confluence.decision.rest;

import java.util.List;
import java.util.Map;

/**
 * One page of the register: {@code {"decisions": [...], "counts": {"proposed": n, ...}, "total": n,
 * "next": cursor|null, "links": {"next": url|null}}}. Counts and total cover every visible decision matching the
 * filters, not only this page; {@code counts} always has every status.
 */
public record DecisionListJson(List<DecisionJson> decisions, Map<String, Integer> counts, int total, String next,
                               Links links) {

    public DecisionListJson {
        decisions = List.copyOf(decisions);
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }

    /** Where to go from here: {@code next} is the same request with the next cursor, or null on the last page. */
    public record Links(String next) {
    }
}
