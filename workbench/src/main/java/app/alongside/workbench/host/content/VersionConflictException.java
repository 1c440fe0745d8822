package app.alongside.workbench.host.content;

/** Someone saved a newer version since the editor opened the page: saving now would lose their change. */
public class VersionConflictException extends Exception {

    private final int currentVersion;

    public VersionConflictException(long id, int expected, int current) {
        super("Page " + id + " is now at version " + current + ", but this edit started from version " + expected
                + ". Copy your text, reload the page and apply your change again.");
        this.currentVersion = current;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
