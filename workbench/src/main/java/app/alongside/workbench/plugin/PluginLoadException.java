package app.alongside.workbench.plugin;

/** The app cannot be loaded as Confluence would load it; the message says what to fix. */
public class PluginLoadException extends RuntimeException {

    public PluginLoadException(String message) {
        super(message);
    }

    public PluginLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
