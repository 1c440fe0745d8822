package app.alongside.workbench.http;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.UUID;

/**
 * An exception a REST resource did not handle: logged with a reference and answered with that reference, never a
 * stack trace. Jersey's own {@link WebApplicationException}s (404, 405, 415...) keep their response.
 */
final class UnexpectedRestFailure implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedRestFailure.class);

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web) {
            return web.getResponse();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("REST resource failed (reference {})", reference, failure);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status-code", 500, "message",
                        "Something went wrong. The details are in the workbench log under reference " + reference + "."))
                .build();
    }
}
