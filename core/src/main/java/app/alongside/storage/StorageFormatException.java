package app.alongside.storage;

/** Storage that cannot be read. Callers log it and carry on: a bad page must never break a save or a view. */
public final class StorageFormatException extends RuntimeException {

    public StorageFormatException(String message) {
        super(message);
    }

    public StorageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
