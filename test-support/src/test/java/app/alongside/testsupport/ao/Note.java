package app.alongside.testsupport.ao;

import net.java.ao.Entity;
import net.java.ao.OneToMany;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** Test-only entity. Table {@code <prefix>_NOTE}. */
@Table("Note")
public interface Note extends Entity {
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    String getTitle();

    void setTitle(String title);

    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    int getScore();

    void setScore(int score);

    @OneToMany(reverse = "getNote")
    NoteComment[] getComments();
}
