package app.alongside.confluence.settings.rest;

import java.util.List;

/** A refusal in words: {@code {"message": "...", "errors": [{"field": "...", "message": "..."}]}}. */
public record ErrorJson(String message, List<FieldError> errors) {

    public ErrorJson {
        errors = List.copyOf(errors);
    }

    static ErrorJson of(String message) {
        return new ErrorJson(message, List.of());
    }

    public record FieldError(String field, String message) {
    }
}
