package app.alongside.perspective;

import app.alongside.people.PersonRef;

import java.util.Collection;
import java.util.Map;

/**
 * Finds whose private data a person on a page is: a user reference is that user; a participant page reference is the
 * account linked on that page if it names one, otherwise the page itself; a typed name is nobody (absent from the
 * map, so it counts in a group's size but never in a total). At most one statement for any number of people.
 */
public interface SubjectResolver {

    Map<PersonRef, SubjectKey> resolve(Collection<PersonRef> people);
}
