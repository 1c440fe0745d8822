package app.alongside.reciprocity;

import java.time.LocalDate;
import java.util.Set;

/** Port: what the reciprocity ledger adds up to for some spaces and a period, suppressed as a whole. */
@FunctionalInterface
public interface LedgerTotals {

    /** The totals of contributions in these spaces made between {@code from} and {@code to} (inclusive). */
    ReciprocityTotals totalsFor(Set<String> spaceKeys, LocalDate from, LocalDate to);
}
