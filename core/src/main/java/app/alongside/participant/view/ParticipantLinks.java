package app.alongside.participant.view;

import app.alongside.decision.register.IndexedDecision;

/**
 * Port: the adapter's links for participant pages and the directory. An empty string means "no link here" (for
 * example a page being previewed before it is saved); the view then shows plain text or an initials avatar.
 */
public interface ParticipantLinks {

    /** A participant page. */
    String page(long pageId);

    /** A photo attached to a participant page, by file name. */
    String photo(long pageId, String fileName);

    /** A decision's card on its page. */
    String decision(IndexedDecision decision);

    /** A space's home (a group the person took part in). */
    String space(String spaceKey);

    /** The viewer's own "My data" page. */
    String myData();
}
