package app.alongside.confluence.participant.rest;

import java.util.List;

/**
 * A participant's profile as the API gives it, with the decisions and groups they took part in that the caller may
 * see. Field names are a contract: add fields, never rename or remove them. Never a role, never a perspective.
 * {@code whatIBring} is plain text (the page keeps the formatting); {@code access} holds codes such as
 * {@code large-print}; {@code problems} says, in words, what is wrong in how the profile is written.
 */
public record ProfileJson(long pageId, String spaceKey, String title, String url, String name, String preferredName,
                          String pronouns, boolean linkedToAccount, String photo, List<String> skills,
                          List<String> interests, List<String> access, String accessNotes, String availability,
                          String whatIBring, List<DecisionRefJson> decisions, List<GroupJson> groups,
                          List<String> problems) {

    public ProfileJson {
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        access = List.copyOf(access);
        decisions = List.copyOf(decisions);
        groups = List.copyOf(groups);
        problems = List.copyOf(problems);
    }

    /** A decision the person took part in: {@code decidedOn} is ISO 8601 or null; {@code url} opens its card. */
    public record DecisionRefJson(long id, String title, String url, long pageId, String pageTitle, String spaceKey,
                                  String decidedOn) {
    }

    /** A space the person took part in decisions of. */
    public record GroupJson(String spaceKey, String name) {
    }
}
