package app.alongside.workbench.host.content;

/** Told about every change to content, in order, on the thread that made it (for events and persistence). */
public interface ContentListener {

    void created(ContentRecord created);

    void updated(ContentRecord before, ContentRecord after);
}
