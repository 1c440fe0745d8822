package app.alongside.confluence.participant.rest;

import java.util.List;

/**
 * The directory: {@code {"participants": [...], "total": n, "limited": bool}}, alphabetically by the name each person
 * goes by. {@code limited} says the answer stopped at the most one answer holds; search to narrow it.
 */
public record ParticipantListJson(List<ParticipantJson> participants, int total, boolean limited) {

    public ParticipantListJson {
        participants = List.copyOf(participants);
    }
}
