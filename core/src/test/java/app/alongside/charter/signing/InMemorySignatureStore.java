package app.alongside.charter.signing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A fake {@link SignatureStore} in memory, keeping the real store's rules (one signature per member and page, a new
 * one replaces the old, signing order by time). Published in core's test jar for the adapters' tests.
 */
public final class InMemorySignatureStore implements SignatureStore {

    private final List<Signature> rows = new ArrayList<>();
    /** When set, every call fails with it, as a database outage would. */
    public RuntimeException failure;

    @Override
    public void sign(Signature signature) {
        check();
        rows.removeIf(s -> same(s, signature.charterPageId(), signature.userKey()));
        rows.add(signature);
    }

    @Override
    public boolean withdraw(long charterPageId, String userKey) {
        check();
        return rows.removeIf(s -> same(s, charterPageId, userKey));
    }

    @Override
    public List<Signature> signatures(long charterPageId) {
        check();
        return rows.stream().filter(s -> s.charterPageId() == charterPageId)
                .sorted(Comparator.comparing(Signature::signedAt)).toList();
    }

    @Override
    public Optional<Signature> signature(long charterPageId, String userKey) {
        check();
        return rows.stream().filter(s -> same(s, charterPageId, userKey)).findFirst();
    }

    @Override
    public int eraseUser(String userKey) {
        check();
        int before = rows.size();
        rows.removeIf(s -> s.userKey().equals(userKey));
        return before - rows.size();
    }

    /** Every signature held, on any page. */
    public int rows() {
        return rows.size();
    }

    private static boolean same(Signature s, long charterPageId, String userKey) {
        return s.charterPageId() == charterPageId && s.userKey().equals(userKey);
    }

    private void check() {
        if (failure != null) {
            throw failure;
        }
    }
}
