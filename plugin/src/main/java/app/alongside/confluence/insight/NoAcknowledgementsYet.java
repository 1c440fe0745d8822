package app.alongside.confluence.insight;

import app.alongside.signal.AcknowledgedSignals;
import app.alongside.signal.SignalKind;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * Until signals can be acknowledged (the acknowledgement store replaces this bean), none has been: every tally says
 * none of its signals was acknowledged, which is true.
 */
@Named
public final class NoAcknowledgementsYet implements AcknowledgedSignals {

    @Override
    public Map<SignalKind, Integer> acknowledgedIn(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        return Map.of();
    }
}
