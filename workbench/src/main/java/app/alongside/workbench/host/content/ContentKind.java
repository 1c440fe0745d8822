package app.alongside.workbench.host.content;

/** The kinds of content the workbench stores, as Confluence's content types. */
public enum ContentKind {
    PAGE("page"), BLOG_POST("blogpost");

    private final String apiName;

    ContentKind(String apiName) {
        this.apiName = apiName;
    }

    /** The name Confluence's REST API uses ({@code page}, {@code blogpost}). */
    public String apiName() {
        return apiName;
    }
}
