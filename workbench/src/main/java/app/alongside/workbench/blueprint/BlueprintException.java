package app.alongside.workbench.blueprint;

/** A page could not be created from a blueprint; the message says why, for the person who tried. */
public class BlueprintException extends Exception {

    public BlueprintException(String message) {
        super(message);
    }

    public BlueprintException(String message, Throwable cause) {
        super(message, cause);
    }
}
