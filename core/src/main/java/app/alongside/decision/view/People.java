package app.alongside.decision.view;

import app.alongside.people.PersonRef;

/**
 * Port: how the adapter names people. Users by the name their account shows, participant pages by their title with
 * a link to the page, typed names as written. Implementations never add a role or any other label.
 */
@FunctionalInterface
public interface People {

    PersonView describe(PersonRef person);
}
