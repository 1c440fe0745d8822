package app.alongside.confluence.insight;

import app.alongside.reciprocity.LedgerTotals;
import app.alongside.reciprocity.ReciprocityTotals;
import app.alongside.settings.SettingsService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.util.Set;

/**
 * Until the reciprocity ledger exists (its store replaces this bean), nobody has recorded a contribution, so the
 * totals are "not shown: fewer than k people" with the strictest k of the spaces.
 */
@Named
public final class NoLedgerYet implements LedgerTotals {

    private final SettingsService settings;

    @Inject
    public NoLedgerYet(SettingsService settings) {
        this.settings = settings;
    }

    @Override
    public ReciprocityTotals totalsFor(Set<String> spaceKeys, LocalDate from, LocalDate to) {
        int k = spaceKeys.stream().mapToInt(key -> settings.effectiveFor(key).suppressionThreshold()).max()
                .orElse(settings.global().suppressionThreshold());
        return new ReciprocityTotals.NotShown(k);
    }
}
