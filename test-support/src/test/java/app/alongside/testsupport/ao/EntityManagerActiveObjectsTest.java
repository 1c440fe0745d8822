package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.Query;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class EntityManagerActiveObjectsTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO =
            ActiveObjectsRule.forEntities(Note.class, NoteComment.class).namespace(TestNamespaces.FACADE);

    private ActiveObjects ao() {
        return AO.activeObjects();
    }

    private Note note(String spaceKey, String title, int score) {
        return ao().create(Note.class,
                new DBParam("SPACE_KEY", spaceKey), new DBParam("TITLE", title), new DBParam("SCORE", score));
    }

    private static List<String> titles(Note[] notes) {
        return Arrays.stream(notes).map(Note::getTitle).collect(Collectors.toList());
    }

    @Test
    public void tablesAreNamedWithTheNamespacePrefixLikeConfluence() throws SQLException {
        String prefix = AoDatabase.tablePrefixFor(TestNamespaces.FACADE);
        assertEquals(prefix + "_NOTE", AO.tableName(Note.class));
        assertEquals(prefix + "_NOTE_COMMENT", AO.tableName(NoteComment.class));
        assertTrue("table " + prefix + "_NOTE_COMMENT in the database", tableExists(prefix + "_NOTE_COMMENT"));
    }

    @Test
    public void createdEntityIsReadBackWithGet() {
        Note created = note("DEV", "First", 3);
        created.setBody("x€<>&\"'\n".repeat(3000));
        created.save();

        Note loaded = ao().get(Note.class, created.getID());

        assertEquals("First", loaded.getTitle());
        assertEquals("DEV", loaded.getSpaceKey());
        assertEquals(3, loaded.getScore());
        assertEquals("x€<>&\"'\n".repeat(3000), loaded.getBody());
    }

    @Test
    public void createWithAMapOfColumnValues() {
        Map<String, Object> values = new HashMap<>();
        values.put("SPACE_KEY", "OPS");
        values.put("TITLE", "From map");
        Note created = ao().create(Note.class, values);

        assertEquals("From map", ao().get(Note.class, created.getID()).getTitle());
    }

    @Test
    public void findByCriteriaReturnsOnlyMatchingRows() {
        note("DEV", "a", 1);
        note("DEV", "b", 2);
        note("OPS", "c", 3);

        Note[] dev = ao().find(Note.class, "SPACE_KEY = ?", "DEV");

        assertEquals(List.of("a", "b"), titles(dev).stream().sorted().collect(Collectors.toList()));
    }

    @Test
    public void findByQueryOrdersAndPagesWithOffsetAndLimit() {
        for (int i = 1; i <= 6; i++) {
            note("DEV", "n" + i, i);
        }
        note("OPS", "other", 100);

        Note[] page = ao().find(Note.class,
                Query.select().where("SPACE_KEY = ?", "DEV").order("SCORE DESC").limit(2).offset(1));

        assertEquals(List.of("n5", "n4"), titles(page));
    }

    @Test
    public void offsetWithoutLimitIsRejectedBecauseItFailsOnH2() {
        note("DEV", "a", 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ao().find(Note.class, Query.select().offset(1)));
        assertTrue(e.getMessage(), e.getMessage().contains("limit"));
    }

    @Test
    public void countByCriteriaAndByQuery() {
        note("DEV", "a", 1);
        note("DEV", "b", 5);
        note("OPS", "c", 9);

        assertEquals(2, ao().count(Note.class, "SPACE_KEY = ?", "DEV"));
        assertEquals(2, ao().count(Note.class, Query.select().where("SCORE > ?", 2)));
    }

    @Test
    public void deleteRemovesTheEntity() {
        Note keep = note("DEV", "keep", 1);
        Note gone = note("DEV", "gone", 2);

        ao().delete(gone);

        assertArrayEquals(new Object[] {keep.getID()},
                Arrays.stream(ao().find(Note.class, "SPACE_KEY = ?", "DEV")).map(Note::getID).toArray());
    }

    @Test
    public void deleteWithSqlReturnsTheNumberOfDeletedRows() {
        note("DEV", "a", 1);
        note("OPS", "b", 2);
        note("OPS", "c", 3);

        assertEquals(2, ao().deleteWithSQL(Note.class, "SPACE_KEY = ?", "OPS"));
        assertEquals(1, ao().count(Note.class, Query.select()));
    }

    @Test
    public void streamDeliversEveryMatchingRowInQueryOrder() {
        for (int i = 1; i <= 25; i++) {
            note(i % 2 == 0 ? "EVEN" : "ODD", "t" + i, i);
        }
        List<Integer> scores = new ArrayList<>();

        ao().stream(Note.class, Query.select("ID, SCORE").where("SPACE_KEY = ?", "EVEN").order("SCORE ASC"),
                n -> scores.add(n.getScore()));

        assertEquals(List.of(2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24), scores);
    }

    @Test
    public void oneToManyRelationIsResolvedBothWays() {
        Note parent = note("DEV", "parent", 1);
        ao().create(NoteComment.class, new DBParam("NOTE_ID", parent.getID()), new DBParam("CONTENT", "c1"));
        ao().create(NoteComment.class, new DBParam("NOTE_ID", parent.getID()), new DBParam("CONTENT", "c2"));

        Note loaded = ao().get(Note.class, parent.getID());

        assertEquals(2, loaded.getComments().length);
        assertEquals("parent", loaded.getComments()[0].getNote().getTitle());
    }

    @Test
    public void migrateOfAlreadyMigratedEntitiesKeepsTheRows() {
        note("DEV", "survivor", 1);

        ao().migrate(Note.class, NoteComment.class);

        assertEquals(1, ao().count(Note.class, "TITLE = ?", "survivor"));
    }

    @Test
    public void sqlErrorsAreWrappedInActiveObjectsException() {
        ActiveObjectsException e = assertThrows(ActiveObjectsException.class,
                () -> ao().find(Note.class, "NO_SUCH_COLUMN = ?", "x"));
        assertNotNull(e.getCause());
        assertTrue(e.getCause().getClass().getName(), e.getCause() instanceof SQLException);
    }

    @Test
    public void missingRequiredColumnIsRefusedBeforeAnySql() {
        assertThrows(IllegalArgumentException.class,
                () -> ao().create(Note.class, new DBParam("SPACE_KEY", "DEV")));
    }

    @Test
    public void rawSqlWorksOnEveryDatabaseWhenNamesGoThroughTheProvider() throws SQLException {
        note("DEV", "a", 1);
        note("DEV", "b", 2);
        DatabaseProvider provider = AO.entityManager().getProvider();
        // PostgreSQL: public."AO_xxxxxx_NOTE" / "SPACE_KEY" (upper-case names must be quoted); H2: as is
        String sql = "SELECT COUNT(*) FROM " + provider.withSchema(AO.tableName(Note.class))
                + " WHERE " + provider.processID("SPACE_KEY") + " = ?";

        try (Connection c = AO.database().openConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, "DEV");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt(1));
            }
        }
    }

    private static boolean tableExists(String table) throws SQLException {
        try (Connection c = AO.database().openConnection()) {
            DatabaseMetaData md = c.getMetaData();
            try (ResultSet rs = md.getTables(null, AO.database().schema(), table, new String[] {"TABLE"})) {
                return rs.next();
            }
        }
    }
}
