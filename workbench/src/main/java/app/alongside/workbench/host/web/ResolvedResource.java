package app.alongside.workbench.host.web;

import java.net.URL;
import java.util.Objects;

/** A file the app ships, found on its class path, with the content type to serve it with. */
public record ResolvedResource(URL url, String contentType) {

    public ResolvedResource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(contentType, "contentType");
    }
}
