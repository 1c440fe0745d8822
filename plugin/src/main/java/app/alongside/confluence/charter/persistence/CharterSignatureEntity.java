package app.alongside.confluence.charter.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A member's signature on a charter page. Table {@code AO_2ED2E3_CHARTER_SIGNATURE}. Public: the charter page shows
 * who signed, so erasing a person does not remove it (signing is an act on the page, like a decision's attendance).
 * Times are epoch milliseconds.
 */
@Table("CHARTER_SIGNATURE")
public interface CharterSignatureEntity extends Entity {

    String SIGNATURE_KEY = "SIGNATURE_KEY";
    String PAGE_ID = "PAGE_ID";
    String USER_KEY = "USER_KEY";
    String SIGNED_AT = "SIGNED_AT";
    String CHARTER_VERSION = "CHARTER_VERSION";

    /**
     * {@code <pageId>:<userKey>}: one signature per member and page. Active Objects has no unique constraint over
     * two columns, so the pair is also kept as one unique column; two signings at once cannot both insert.
     */
    @NotNull
    @Unique
    @StringLength(300)
    String getSignatureKey();

    void setSignatureKey(String key);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Erasure and "everything this user signed" look up by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    long getSignedAt();

    void setSignedAt(long signedAt);

    /** The page version the member read when they signed. */
    @NotNull
    int getCharterVersion();

    void setCharterVersion(int version);
}
