package app.alongside.confluence.charter.persistence;

import app.alongside.charter.signing.Signature;
import app.alongside.charter.signing.SignatureStore;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Core's {@link SignatureStore} in Active Objects: one {@link CharterSignatureEntity} per page and member, keyed on
 * the page id so signatures survive edits, moves and restores. Returns core records, never entities.
 *
 * <p>Statements: {@link #sign} 2 in one transaction (delete the member's earlier signature, insert), {@link #withdraw}
 * 1, {@link #signatures} 1, {@link #signature} 1, {@link #eraseUser} 1. Two signings by the same member at once
 * meet at the unique {@code SIGNATURE_KEY}: the loser's transaction rolls back and is run once more, replacing the
 * winner's row, as a re-confirmation would.</p>
 */
@Named
public final class AoSignatureStore implements SignatureStore {

    private final ActiveObjects ao;

    @Inject
    public AoSignatureStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void sign(Signature signature) {
        Objects.requireNonNull(signature, "signature");
        try {
            replace(signature);
        } catch (RuntimeException raced) {
            // The only expected failure is the unique key, met when the same member signed at the same moment;
            // once more replaces their row. Anything else fails again and is thrown from here.
            replace(signature);
        }
    }

    private void replace(Signature signature) {
        String key = key(signature.charterPageId(), signature.userKey());
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(CharterSignatureEntity.class, CharterSignatureEntity.SIGNATURE_KEY + " = ?", key);
            ao.create(CharterSignatureEntity.class, List.of(row(key, signature)));
            return null;
        });
    }

    @Override
    public boolean withdraw(long charterPageId, String userKey) {
        return ao.deleteWithSQL(CharterSignatureEntity.class, CharterSignatureEntity.SIGNATURE_KEY + " = ?",
                key(charterPageId, userKey)) > 0;
    }

    @Override
    public List<Signature> signatures(long charterPageId) {
        List<Signature> signatures = new ArrayList<>();
        for (CharterSignatureEntity row : ao.find(CharterSignatureEntity.class, Query.select()
                .where(CharterSignatureEntity.PAGE_ID + " = ?", charterPageId)
                .order(CharterSignatureEntity.SIGNED_AT + " ASC, ID ASC"))) {
            signatures.add(signature(row));
        }
        return signatures;
    }

    @Override
    public Optional<Signature> signature(long charterPageId, String userKey) {
        CharterSignatureEntity[] rows = ao.find(CharterSignatureEntity.class, Query.select()
                .where(CharterSignatureEntity.SIGNATURE_KEY + " = ?", key(charterPageId, userKey)));
        return rows.length == 0 ? Optional.empty() : Optional.of(signature(rows[0]));
    }

    @Override
    public int eraseUser(String userKey) {
        return ao.deleteWithSQL(CharterSignatureEntity.class, CharterSignatureEntity.USER_KEY + " = ?",
                Objects.requireNonNull(userKey, "userKey"));
    }

    static String key(long pageId, String userKey) {
        return pageId + ":" + Objects.requireNonNull(userKey, "userKey");
    }

    private static Map<String, Object> row(String key, Signature signature) {
        Map<String, Object> row = new HashMap<>();
        row.put(CharterSignatureEntity.SIGNATURE_KEY, key);
        row.put(CharterSignatureEntity.PAGE_ID, signature.charterPageId());
        row.put(CharterSignatureEntity.USER_KEY, signature.userKey());
        row.put(CharterSignatureEntity.SIGNED_AT, signature.signedAt().toEpochMilli());
        row.put(CharterSignatureEntity.CHARTER_VERSION, signature.charterVersion());
        return row;
    }

    private static Signature signature(CharterSignatureEntity row) {
        return new Signature(row.getPageId(), row.getUserKey(), Instant.ofEpochMilli(row.getSignedAt()),
                Math.max(1, row.getCharterVersion()));
    }
}
