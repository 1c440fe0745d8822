package app.alongside.workbench.host.content;

/** Told about every change to content, in order, on the thread that made it (for events and persistence). */
public interface ContentListener {

    void created(ContentRecord created);

    void updated(ContentRecord before, ContentRecord after);

    /** Moved to the space's trash by {@code byUsername}; it keeps its versions and can be restored. */
    default void trashed(ContentRecord trashed, String byUsername) {
    }

    /** Taken back out of the trash. */
    default void restored(ContentRecord restored, String byUsername) {
    }

    /** Deleted permanently from the trash, every version with it. */
    default void removed(ContentRecord removed, String byUsername) {
    }
}
