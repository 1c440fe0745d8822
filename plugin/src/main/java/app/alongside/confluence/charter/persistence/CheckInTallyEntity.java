package app.alongside.confluence.charter.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One row per check-in received, holding only the charter and period: the response count is the number of rows.
 * Table {@code AO_2ED2E3_CHECKIN_TALLY}. It is kept apart from {@link CheckInMarkEntity} because erasure deletes
 * marks, and the count of answers given must not drop when someone who answered is erased (the answers stay). A row
 * per response rather than a counter, so two people checking in at once cannot lose an increment. Random UUID key,
 * like the answers, so the rows hold no order.
 */
@Table("CHECKIN_TALLY")
public interface CheckInTallyEntity extends RawEntity<String> {

    String TALLY_ID = "TALLY_ID";
    String PAGE_ID = "PAGE_ID";
    String PERIOD_CODE = "PERIOD_CODE";

    @PrimaryKey(TALLY_ID)
    @NotNull
    @StringLength(36)
    String getTallyId();

    void setTallyId(String id);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(32)
    String getPeriodCode();

    void setPeriodCode(String periodCode);
}
