package app.alongside.validation;

import java.util.List;
import java.util.Objects;

/**
 * Something wrong with what a person entered, as an i18n message key and its arguments, so that the adapter
 * showing it can say it in the person's language next to the field it concerns.
 */
public record Problem(String field, String messageKey, List<String> arguments) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
