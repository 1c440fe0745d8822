package app.alongside.charter.signing;

import java.util.List;
import java.util.Optional;

/**
 * Where signatures live (Active Objects in Confluence, never the page): one row per charter page and member, keyed
 * on the page id so that signatures survive edits, renames, moves and restores of the page.
 */
public interface SignatureStore {

    /** Stores the signature, replacing the member's earlier one on the same page if any (a re-confirmation). */
    void sign(Signature signature);

    /** Removes the member's signature from the page. Returns false, changing nothing, if there was none. */
    boolean withdraw(long charterPageId, String userKey);

    /**
     * Every signature on the page, in signing order (oldest {@code signedAt} first). Listing members alphabetically
     * by name is the adapter's job: only it knows their names.
     */
    List<Signature> signatures(long charterPageId);

    Optional<Signature> signature(long charterPageId, String userKey);

    /** Erasure: deletes every signature the user gave, on any page. Returns the number deleted. */
    int eraseUser(String userKey);
}
