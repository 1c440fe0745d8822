package app.alongside.confluence.insight;

import app.alongside.insight.ChartersInSpaces;
import jakarta.inject.Named;

import java.util.List;
import java.util.Set;

/** Placeholder until charter pages are indexed by space: insights list no charters. */
@Named
public final class NoChartersIndexedYet implements ChartersInSpaces {

    @Override
    public List<CharterOnPage> in(Set<String> spaceKeys) {
        return List.of();
    }
}
