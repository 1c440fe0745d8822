package app.alongside.confluence.decision.rest;

import java.util.List;

/**
 * One tokenism signal: {@code code} (permanent, e.g. {@code few-seats}), {@code name} and, for one decision,
 * {@code reason} and {@code details} in plain English (null in lists, which read the placement index).
 */
public record SignalJson(String code, String name, String reason, List<String> details) {
}
