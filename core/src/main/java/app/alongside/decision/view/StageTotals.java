package app.alongside.decision.view;

import app.alongside.decision.Stage;
import app.alongside.perspective.SuppressedCount;

import java.util.Optional;

/**
 * Port: the lived-experience total at a stage of the decision being shown, already suppressed (the adapter asks
 * core's {@code InvolvementTotals}). Empty when it cannot be worked out just now; the card then says so.
 */
@FunctionalInterface
public interface StageTotals {

    Optional<SuppressedCount> at(Stage stage);
}
