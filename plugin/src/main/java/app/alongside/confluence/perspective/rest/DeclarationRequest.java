package app.alongside.confluence.perspective.rest;

import app.alongside.perspective.DeclarationForm;
import app.alongside.perspective.view.PerspectiveViews;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@code PUT …/perspective} body, read from the JSON object by hand so every mistake is answered in the caller's
 * words and names its field: {@code {"perspectives": ["peer-worker"], "consent": true, "ownWords": "…",
 * "showOnPage": false}}, plus {@code consentGivenBy}, {@code consentGivenOn} and {@code consentHow} when a facilitator
 * records on someone's behalf. Only the shape is checked here; core checks the content.
 */
final class DeclarationRequest {

    private static final Set<String> OWN_FIELDS = Set.of(PerspectiveViews.PERSPECTIVES, PerspectiveViews.CONSENT,
            PerspectiveViews.OWN_WORDS, PerspectiveViews.SHOW_ON_PAGE);
    private static final Set<String> NOTE_FIELDS = Set.of(PerspectiveViews.CONSENT_GIVEN_BY,
            PerspectiveViews.CONSENT_GIVEN_ON, PerspectiveViews.CONSENT_HOW);

    private DeclarationRequest() {
    }

    static Validated<DeclarationForm> from(Map<String, Object> body, boolean onBehalf) {
        Map<String, Object> fields = body == null ? Map.of() : body;
        List<Problem> problems = new ArrayList<>();
        for (String field : fields.keySet()) {
            if (!OWN_FIELDS.contains(field) && !(onBehalf && NOTE_FIELDS.contains(field))) {
                problems.add(Problem.of(PrivacyRest.echo(field), "alongside.rest.error.privacy.field.unknown",
                        PrivacyRest.echo(field)));
            }
        }
        List<String> codes = new ArrayList<>();
        Object perspectives = fields.get(PerspectiveViews.PERSPECTIVES);
        if (perspectives instanceof List<?> list) {
            for (Object code : list) {
                if (code instanceof String text) {
                    codes.add(text);
                } else {
                    problems.add(Problem.of(PerspectiveViews.PERSPECTIVES, "alongside.rest.error.privacy.perspectives"));
                    break;
                }
            }
        } else if (perspectives != null) {
            problems.add(Problem.of(PerspectiveViews.PERSPECTIVES, "alongside.rest.error.privacy.perspectives"));
        }
        boolean consent = bool(fields, PerspectiveViews.CONSENT, problems);
        boolean showOnPage = bool(fields, PerspectiveViews.SHOW_ON_PAGE, problems);
        String ownWords = text(fields, PerspectiveViews.OWN_WORDS, problems);
        String givenBy = text(fields, PerspectiveViews.CONSENT_GIVEN_BY, problems);
        String givenOn = text(fields, PerspectiveViews.CONSENT_GIVEN_ON, problems);
        String how = text(fields, PerspectiveViews.CONSENT_HOW, problems);
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(onBehalf
                ? new DeclarationForm(codes, consent, ownWords, showOnPage, givenBy, givenOn, how)
                : DeclarationForm.own(codes, consent, ownWords, showOnPage));
    }

    private static boolean bool(Map<String, Object> fields, String name, List<Problem> problems) {
        Object value = fields.get(name);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        problems.add(Problem.of(name, "alongside.rest.error.privacy.boolean", name));
        return false;
    }

    private static String text(Map<String, Object> fields, String name, List<Problem> problems) {
        Object value = fields.get(name);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.add(Problem.of(name, "alongside.rest.error.privacy.text", name));
        return null;
    }
}
