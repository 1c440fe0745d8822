package app.alongside.workbench.render;

/** Storage format that is not well-formed XHTML, with where the problem is, in words a page author can act on. */
public class StorageFormatException extends Exception {

    private final int line;
    private final int column;

    public StorageFormatException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem in the storage text, or -1 if unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem, or -1 if unknown. */
    public int column() {
        return column;
    }

    /** "Line 3, column 14: ..." for the editor's validation message. */
    public String describe() {
        return line > 0 ? "Line " + line + ", column " + column + ": " + getMessage() : getMessage();
    }
}
