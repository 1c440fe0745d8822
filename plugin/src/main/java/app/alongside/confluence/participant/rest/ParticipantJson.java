package app.alongside.confluence.participant.rest;

import java.util.List;

/**
 * A person in the directory as the API gives them. Field names are a contract: add fields, never rename or remove
 * them. Never a role, never a perspective: {@code preferredName} and {@code pronouns} are null when not given.
 */
public record ParticipantJson(long pageId, String spaceKey, String title, String url, String name,
                              String preferredName, String pronouns, List<String> skills, List<String> interests) {

    public ParticipantJson {
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
    }
}
