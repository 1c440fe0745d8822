package app.alongside.workbench.http.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An error answered in the shape Confluence's REST API uses: {@code statusCode}, {@code data}, {@code message}. */
final class ApiError extends WebApplicationException {

    ApiError(Response.Status status, String message) {
        super(message, response(status, message));
    }

    static Response response(Response.Status status, String message) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("authorized", status != Response.Status.UNAUTHORIZED && status != Response.Status.FORBIDDEN);
        data.put("valid", status != Response.Status.BAD_REQUEST);
        data.put("errors", List.of());
        data.put("successful", false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("statusCode", status.getStatusCode());
        body.put("data", data);
        body.put("message", message);
        body.put("reason", status.getReasonPhrase());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    static ApiError notFound(long id) {
        return new ApiError(Response.Status.NOT_FOUND, "No content found with id: ContentId{id=" + id + "}");
    }

    static ApiError badRequest(String message) {
        return new ApiError(Response.Status.BAD_REQUEST, message);
    }
}
