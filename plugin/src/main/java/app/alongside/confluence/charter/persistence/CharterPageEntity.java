package app.alongside.confluence.charter.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A page that holds a charter macro, so that insights can find the charters of a space without reading its pages.
 * Table {@code AO_2ED2E3_CHARTER_PAGE}; kept with the decision index (page saves, trash, removal, rebuild).
 */
@Table("CHARTER_PAGE")
public interface CharterPageEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String TITLE = "TITLE";
    String TRASHED = "TRASHED";
    String LADDER_PARITY = "LADDER_PARITY";

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @Indexed
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getTitle();

    void setTitle(String title);

    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);

    /**
     * The parity ("1/2") the page's charter asks of its own space's ladder, when the charter is agreed and covers that
     * space; null otherwise. Kept so a save can tell whether the space's decisions need placing again.
     */
    @StringLength(16)
    String getLadderParity();

    void setLadderParity(String ladderParity);
}
