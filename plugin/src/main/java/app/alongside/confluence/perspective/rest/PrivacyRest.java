package app.alongside.confluence.perspective.rest;

import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/**
 * Answers for the private-data resources: always JSON, never cached (private data), never sniffed; refusals in the
 * caller's words ({@link ErrorJson}).
 */
final class PrivacyRest {

    private final Messages messages;

    PrivacyRest(Messages messages) {
        this.messages = messages;
    }

    Response ok(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .header("X-Content-Type-Options", "nosniff").build();
    }

    Response status(Response.Status status, String messageKey, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(new ErrorJson(messages.text(messageKey, arguments), List.of())).build();
    }

    /** 400 naming each field that could not be used, in words. */
    Response problems(List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream()
                .map(p -> new ErrorJson.FieldError(p.field(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).cacheControl(noStore())
                .entity(new ErrorJson(messages.text("alongside.rest.error.privacy.summary"), errors)).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return cache;
    }

    /** What was sent, as an answer may echo it: never at length. */
    static String echo(String typed) {
        String text = String.valueOf(typed);
        return text.length() > 64 ? text.substring(0, 64) + "\u2026" : text;
    }

    /** Whether a JSON body says {@code "confirm": true}, and nothing else is needed. */
    static boolean confirmed(java.util.Map<String, Object> body) {
        return body != null && Boolean.TRUE.equals(body.get("confirm"));
    }
}
