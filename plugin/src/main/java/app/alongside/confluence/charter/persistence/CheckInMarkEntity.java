package app.alongside.confluence.charter.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * "This member has checked in for this charter and period": nothing else. Table {@code AO_2ED2E3_CHECKIN_MARK}.
 * The primary key is the mark itself, {@code <pageId>|<periodCode>|<userKey>}, so a second check-in by the same
 * person for the same period cannot be inserted, even by two requests at once. On purpose there is no rising
 * numeric id and no time: nothing in the row says in which order people responded, so it cannot be lined up with
 * the answers.
 */
@Table("CHECKIN_MARK")
public interface CheckInMarkEntity extends RawEntity<String> {

    String MARK_KEY = "MARK_KEY";
    String PAGE_ID = "PAGE_ID";
    String PERIOD_CODE = "PERIOD_CODE";
    String USER_KEY = "USER_KEY";

    @PrimaryKey(MARK_KEY)
    @NotNull
    @StringLength(450)
    String getMarkKey();

    void setMarkKey(String key);

    @NotNull
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(32)
    String getPeriodCode();

    void setPeriodCode(String periodCode);

    /** Erasure deletes by it. */
    @NotNull
    @Indexed
    @StringLength(255)
    String getUserKey();

    void setUserKey(String userKey);
}
