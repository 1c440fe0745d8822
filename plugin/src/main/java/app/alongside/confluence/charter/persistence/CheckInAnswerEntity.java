package app.alongside.confluence.charter.persistence;

import net.java.ao.RawEntity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.PrimaryKey;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One anonymous answer: a charter, a period, a principle, a score and maybe a comment. Table
 * {@code AO_2ED2E3_CHECKIN_ANSWER}. On purpose it has no person, no time, no submission id linking the answers given
 * together, and no reference to {@link CheckInMarkEntity}; its key is a random UUID rather than a rising number, so
 * the rows do not record the order they were written in either.
 */
@Table("CHECKIN_ANSWER")
public interface CheckInAnswerEntity extends RawEntity<String> {

    String ANSWER_ID = "ANSWER_ID";
    String PAGE_ID = "PAGE_ID";
    String PERIOD_CODE = "PERIOD_CODE";
    String PRINCIPLE_CODE = "PRINCIPLE_CODE";
    String SCORE = "SCORE";
    String ANSWER_COMMENT = "ANSWER_COMMENT";

    /** A random UUID: identifies the row and nothing else. */
    @PrimaryKey(ANSWER_ID)
    @NotNull
    @StringLength(36)
    String getAnswerId();

    void setAnswerId(String id);

    @NotNull
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(32)
    String getPeriodCode();

    void setPeriodCode(String periodCode);

    @NotNull
    @StringLength(100)
    String getPrincipleCode();

    void setPrincipleCode(String principleCode);

    /** 1 to 5. */
    @NotNull
    int getScore();

    void setScore(int score);

    /** The comment as given (already stripped by core); null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getAnswerComment();

    void setAnswerComment(String comment);
}
