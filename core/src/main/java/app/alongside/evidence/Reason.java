package app.alongside.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Why a commitment is in its state, as an i18n key and its arguments, said in plain English by the adapter. */
public record Reason(String messageKey, List<String> arguments) {

    public Reason {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Reason of(String messageKey, Object... arguments) {
        return new Reason(messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
