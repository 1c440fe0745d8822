package app.alongside.confluence.perspective.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One line of the private-data audit log. Table {@code AO_2ED2E3_AUDIT_ENTRY}. Appended to, read newest first by
 * id, rewritten only to replace an erased person's keys with a pseudonym, and deleted only by retention. Times are
 * epoch milliseconds.
 */
@Table("AUDIT_ENTRY")
public interface AuditEntryEntity extends Entity {

    String AUDIT_AT = "AUDIT_AT";
    String ACTOR_KEY = "ACTOR_KEY";
    String SUBJECT_KEY = "SUBJECT_KEY";
    String AUDIT_ACTION = "AUDIT_ACTION";
    String DETAIL = "DETAIL";

    /** Retention counts from here. */
    @NotNull
    @Indexed
    long getAuditAt();

    void setAuditAt(long at);

    /** User key of who acted (or a pseudonym after their erasure). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getActorKey();

    void setActorKey(String actorKey);

    /** Subject key of whose data it was (or a pseudonym after their erasure). */
    @NotNull
    @Indexed
    @StringLength(255)
    String getSubjectKey();

    void setSubjectKey(String subjectKey);

    /** {@code AuditAction} name. */
    @NotNull
    @StringLength(32)
    String getAuditAction();

    void setAuditAction(String action);

    /** A short detail without any perspective; null for none. */
    @StringLength(255)
    String getDetail();

    void setDetail(String detail);
}
