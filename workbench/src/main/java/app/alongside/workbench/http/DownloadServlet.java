package app.alongside.workbench.http;

import app.alongside.workbench.host.web.ResolvedResource;
import app.alongside.workbench.host.web.WebResourceRegistry;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code /download/resources/...}: the app's web resources and downloadable resources. */
final class DownloadServlet extends HttpServlet {

    private final transient WebResourceRegistry registry;

    DownloadServlet(WebResourceRegistry registry) {
        this.registry = registry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<ResolvedResource> resource = registry.resolve(URLDecoder.decode(path.replace("+", "%2B"),
                StandardCharsets.UTF_8));
        if (resource.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(resource.get().contentType());
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = resource.get().url().openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
