package app.alongside.signal;

import java.util.List;

/**
 * Where acknowledgements live (Active Objects in Confluence). One per signal kind and subject: acknowledging again
 * replaces the note.
 */
public interface AcknowledgementStore {

    /** Stores it, replacing any acknowledgement of the same kind about the same subject. */
    void save(Acknowledgement acknowledgement);

    /** The acknowledgements about this subject, in no particular order. One statement. */
    List<Acknowledgement> about(SignalSubject subject);

    /** Removes the acknowledgement; false if there was none. */
    boolean remove(SignalSubject subject, SignalKind kind);

    /** Erasure: every acknowledgement by {@code userKey} is kept, by {@link Acknowledgement#ERASED}. Returns how many. */
    int eraseUser(String userKey);
}
