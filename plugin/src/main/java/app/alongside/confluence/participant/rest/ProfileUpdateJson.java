package app.alongside.confluence.participant.rest;

import java.util.List;

/**
 * A change to a profile, as {@code PUT /participants/{pageId}} takes it. Every field is optional: a field left out
 * (or null) keeps what the page says; an empty text or list clears it, except {@code name}, which a profile always
 * has. Lists are one skill, interest or access need per item; {@code access} holds codes such as
 * {@code large-print}. The account a page is linked to and "what I bring" (rich text) are changed on the page
 * itself, never here.
 */
public record ProfileUpdateJson(String name, String preferredName, String pronouns, String photo,
                                List<String> skills, List<String> interests, List<String> access,
                                String accessNotes, String availability) {
}
