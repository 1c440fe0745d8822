package app.alongside.confluence.decision.rest;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST index/rebuild} body: {@code {}} for the whole index, or {@code {"spaceKey": "RC"}} for one space.
 * Read from the JSON object by hand so that every mistake is answered in the caller's words, naming the field.
 */
public record RebuildRequestJson(String spaceKey) {

    public static final String SPACE_KEY = "spaceKey";

    /** {@code spaceKey} is null for the whole index. */
    static Validated<RebuildRequestJson> from(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            return Validated.valid(new RebuildRequestJson(null));
        }
        List<Problem> problems = new ArrayList<>();
        for (String field : body.keySet()) {
            if (!SPACE_KEY.equals(field)) {
                problems.add(Problem.of(RegisterParameters.echo(field), "alongside.rest.error.index.body.unknown",
                        RegisterParameters.echo(field)));
            }
        }
        Object value = body.get(SPACE_KEY);
        if (value != null && !(value instanceof String)) {
            problems.add(Problem.of(SPACE_KEY, "alongside.rest.error.index.body.spaceKey"));
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        String key = (String) value;
        return Validated.valid(new RebuildRequestJson(key == null || key.isBlank() ? null : key.strip()));
    }
}
