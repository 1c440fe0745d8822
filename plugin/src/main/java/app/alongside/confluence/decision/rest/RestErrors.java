package app.alongside.confluence.decision.rest;

import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** Refusals in the caller's words, always as JSON ({@link ErrorJson}), whatever the endpoint otherwise produces. */
public final class RestErrors {

    private final Messages messages;

    public RestErrors(Messages messages) {
        this.messages = messages;
    }

    public Response status(Response.Status status, String messageKey, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(messages.text(messageKey, arguments), List.of())).build();
    }

    public String text(String messageKey, Object... arguments) {
        return messages.text(messageKey, arguments);
    }

    /** 400 naming each parameter that could not be used. */
    public Response badParameters(List<Problem> problems) {
        List<ErrorJson.FieldError> errors = problems.stream()
                .map(p -> new ErrorJson.FieldError(p.field(), messages.text(p.messageKey(), p.arguments().toArray())))
                .toList();
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(messages.text("alongside.rest.error.parameters"), errors)).build();
    }
}
