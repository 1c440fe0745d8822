package app.alongside.workbench.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** Every address nothing else answers: a friendly "not found" in the chrome. */
final class NotFoundServlet extends WorkbenchServlet {

    NotFoundServlet(Chrome chrome) {
        super(chrome);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        message(request, response, 404, "Not found", "There is nothing at this address in the workbench.");
    }
}
