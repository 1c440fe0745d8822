package app.alongside.testsupport.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Test-only entity referencing {@link Note}. Table {@code <prefix>_NOTE_COMMENT}, column {@code NOTE_ID}. */
@Table("NoteComment")
public interface NoteComment extends Entity {
    @NotNull
    Note getNote();

    void setNote(Note note);

    String getContent();

    void setContent(String content);
}
