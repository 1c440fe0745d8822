package app.alongside.confluence.decision.rest;

import java.util.List;

/**
 * A decision's place on the ladder, as the API gives it. {@code rung} and {@code couldBe} are TLAP rung codes
 * ({@code co-design}), {@code rungNumber} 1 to 7, {@code band} {@code doing-to|doing-for|doing-with},
 * {@code arnsteinRung} an Arnstein code ({@code partnership}), {@code claimed} the group's claimed rung code or null.
 * For one decision everything is worked out live, with {@code reasons}, {@code unknowns} and
 * {@code contradictions} in plain English. In lists it comes from the placement index: {@code arnsteinRung},
 * {@code reasons}, {@code unknowns} and {@code contradictions} are null there (ask for the decision itself).
 */
public record LadderJson(String rung, int rungNumber, String band, String arnsteinRung, String couldBe,
                         List<String> reasons, List<String> unknowns, List<String> contradictions, String claimed) {
}
