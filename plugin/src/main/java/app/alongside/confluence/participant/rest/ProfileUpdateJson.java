package app.alongside.confluence.participant.rest;

import app.alongside.participant.ParticipantMacros;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A change to a profile, as {@code PUT /participants/{pageId}} takes it. Every field is optional: a field left out
 * (or null) keeps what the page says; an empty text or list clears it, except {@code name}, which a profile always
 * has. Lists are one skill, interest or access need per item; {@code access} holds codes such as
 * {@code large-print}. The account a page is linked to and "what I bring" (rich text) are changed on the page
 * itself, never here; there is no field for a role or a perspective, and a field the API does not know is refused.
 */
public record ProfileUpdateJson(String name, String preferredName, String pronouns, String photo,
                                List<String> skills, List<String> interests, List<String> access,
                                String accessNotes, String availability) {

    private static final Set<String> TEXT = Set.of(ParticipantMacros.NAME, ParticipantMacros.PREFERRED_NAME,
            ParticipantMacros.PRONOUNS, ParticipantMacros.PHOTO, ParticipantMacros.ACCESS_NOTES,
            ParticipantMacros.AVAILABILITY);
    private static final Set<String> LISTS = Set.of(ParticipantMacros.SKILLS, ParticipantMacros.INTERESTS,
            ParticipantMacros.ACCESS);
    private static final int MAX_ECHO = 40;

    /**
     * The change from a JSON object, read by hand so that every mistake is answered in the caller's words, naming the
     * field: a field the API does not know, text that is not text, a list that is not a list of texts.
     */
    static Validated<ProfileUpdateJson> from(Map<String, Object> body) {
        if (body == null || body.isEmpty()) {
            return Validated.valid(new ProfileUpdateJson(null, null, null, null, null, null, null, null, null));
        }
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Object> field : body.entrySet()) {
            String name = field.getKey();
            Object value = field.getValue();
            if (TEXT.contains(name)) {
                if (value != null && !(value instanceof String)) {
                    problems.add(Problem.of(name, "alongside.participant.edit.error.notText"));
                }
            } else if (LISTS.contains(name)) {
                if (value != null && !(value instanceof List<?> list && list.stream().allMatch(
                        item -> item == null || item instanceof String))) {
                    problems.add(Problem.of(name, "alongside.participant.edit.error.notList"));
                }
            } else {
                String echo = name == null ? "" : name.length() > MAX_ECHO ? name.substring(0, MAX_ECHO) + "\u2026" : name;
                problems.add(Problem.of(echo, "alongside.participant.edit.error.unknownField", echo));
            }
        }
        if (!problems.isEmpty()) {
            return Validated.invalid(problems);
        }
        return Validated.valid(new ProfileUpdateJson(text(body, ParticipantMacros.NAME),
                text(body, ParticipantMacros.PREFERRED_NAME), text(body, ParticipantMacros.PRONOUNS),
                text(body, ParticipantMacros.PHOTO), list(body, ParticipantMacros.SKILLS),
                list(body, ParticipantMacros.INTERESTS), list(body, ParticipantMacros.ACCESS),
                text(body, ParticipantMacros.ACCESS_NOTES), text(body, ParticipantMacros.AVAILABILITY)));
    }

    private static String text(Map<String, Object> body, String field) {
        return (String) body.get(field);
    }

    private static List<String> list(Map<String, Object> body, String field) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (Object item : (List<?>) value) {
            items.add(item == null ? "" : (String) item);
        }
        return items;
    }
}
