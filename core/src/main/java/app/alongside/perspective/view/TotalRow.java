package app.alongside.perspective.view;

import java.util.Objects;

/** A total about perspectives where it applies (a space, a decision), already suppressed and in words. */
public record TotalRow(String place, String total, boolean shown) {

    public TotalRow {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(total, "total");
    }
}
