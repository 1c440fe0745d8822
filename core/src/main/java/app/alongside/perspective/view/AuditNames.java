package app.alongside.perspective.view;

/**
 * How a screen names the people in a history or audit log: actors by user key (e.g. "you", or a full name), and
 * whose data an entry was about. Adapters answer from Confluence; core never stores a name.
 */
public interface AuditNames {

    /** The name to show for the user with this key (or an erased pseudonym). */
    String actor(String userKey);

    /** Whose data an entry concerned, from its subject ({@code user:…}, {@code participant:…}, {@code erased:…}). */
    String subject(String subject);
}
