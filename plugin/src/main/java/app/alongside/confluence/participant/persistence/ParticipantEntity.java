package app.alongside.confluence.participant.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A participant page as the directory indexes it: one row per page holding a profile macro. Table
 * {@code AO_2ED2E3_PARTICIPANT}. Rebuilt from pages at will; it copies only what the page shows (no perspective, no
 * role: no such field exists).
 *
 * <p>Skills and interests are kept three ways, so that the directory's search runs in SQL, in the same way on every
 * database, with no {@code LOWER()} or full-text feature: as written, one per line, for display; as whole items,
 * lower case, between bars ({@code |peer support|bsl|}), for "equals an item"; and as the words of every item,
 * lower case, between bars ({@code |peer|support|bsl|}), for "equals a word in an item". Both search columns are
 * matched with {@code LIKE '%|wanted|%'}; see {@link ParticipantValues}.</p>
 */
@Table("PARTICIPANT")
@Indexes({
        // the directory's one order, walked to its limit
        @Index(name = "alphabetical", methodNames = {"getSortKey", "getPageId"})
})
public interface ParticipantEntity extends Entity {

    String PAGE_ID = "PAGE_ID";
    String SPACE_KEY = "SPACE_KEY";
    String PAGE_TITLE = "PAGE_TITLE";
    String TITLE_KEY = "TITLE_KEY";
    String NAME = "NAME";
    String NAME_KEY = "NAME_KEY";
    String PREFERRED_NAME = "PREFERRED_NAME";
    String SORT_KEY = "SORT_KEY";
    String PRONOUNS = "PRONOUNS";
    String USER_KEY = "USER_KEY";
    String PHOTO = "PHOTO";
    String SKILLS = "SKILLS";
    String SKILL_ITEMS = "SKILL_ITEMS";
    String SKILL_WORDS = "SKILL_WORDS";
    String INTERESTS = "INTERESTS";
    String INTEREST_ITEMS = "INTEREST_ITEMS";
    String INTEREST_WORDS = "INTEREST_WORDS";
    String TRASHED = "TRASHED";

    @NotNull
    @Unique
    long getPageId();

    void setPageId(long pageId);

    @NotNull
    @StringLength(255)
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    /** Null when the page has no title (an empty string is null on Oracle). */
    @StringLength(StringLength.MAX_LENGTH)
    String getPageTitle();

    void setPageTitle(String pageTitle);

    /** The title in lower case, for resolving page links however they are capitalised. */
    @StringLength(StringLength.MAX_LENGTH)
    @Indexed
    String getTitleKey();

    void setTitleKey(String titleKey);

    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getName();

    void setName(String name);

    /** The name in lower case, for the directory's name search. */
    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getNameKey();

    void setNameKey(String nameKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getPreferredName();

    void setPreferredName(String preferredName);

    /** The name the person goes by (preferred name, else name) in lower case: the directory's order. */
    @NotNull
    @StringLength(StringLength.MAX_LENGTH)
    String getSortKey();

    void setSortKey(String sortKey);

    @StringLength(StringLength.MAX_LENGTH)
    String getPronouns();

    void setPronouns(String pronouns);

    /** The Confluence account the page names, if any. */
    @StringLength(255)
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    /** File name of the photo attached to the page, if any. */
    @StringLength(StringLength.MAX_LENGTH)
    String getPhoto();

    void setPhoto(String photo);

    /** As written, one per line; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSkills();

    void setSkills(String skills);

    /** {@code |item|item|}, lower case; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSkillItems();

    void setSkillItems(String items);

    /** {@code |word|word|}, lower case; null for none. */
    @StringLength(StringLength.UNLIMITED)
    String getSkillWords();

    void setSkillWords(String words);

    @StringLength(StringLength.UNLIMITED)
    String getInterests();

    void setInterests(String interests);

    @StringLength(StringLength.UNLIMITED)
    String getInterestItems();

    void setInterestItems(String items);

    @StringLength(StringLength.UNLIMITED)
    String getInterestWords();

    void setInterestWords(String words);

    /** The page is in the trash: out of the directory, kept for a restore. */
    @NotNull
    boolean isTrashed();

    void setTrashed(boolean trashed);
}
