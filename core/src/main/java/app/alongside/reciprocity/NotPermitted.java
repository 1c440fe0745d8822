package app.alongside.reciprocity;

/**
 * Someone who is not a facilitator asked to record, change, list or export other people's entries. Adapters check
 * first and answer 403 or hide the screen; this is the rule's last line, not a message for people.
 */
public final class NotPermitted extends RuntimeException {

    public NotPermitted(String what) {
        super("only facilitators may " + what);
    }
}
