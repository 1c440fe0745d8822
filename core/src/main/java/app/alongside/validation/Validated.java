package app.alongside.validation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Either a valid value or the problems that stopped it being one; never both. */
public record Validated<T>(Optional<T> value, List<Problem> problems) {

    public Validated {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a Validated holds a value or problems, not both or neither");
        }
    }

    public static <T> Validated<T> valid(T value) {
        return new Validated<>(Optional.of(value), List.of());
    }

    public static <T> Validated<T> invalid(List<Problem> problems) {
        return new Validated<>(Optional.empty(), problems);
    }

    public boolean isValid() {
        return value.isPresent();
    }

    public T get() {
        return value.orElseThrow(() -> new IllegalStateException("invalid: " + problems));
    }
}
