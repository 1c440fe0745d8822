package app.alongside.testsupport.ao;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.ClassRule;
import org.junit.FixMethodOrder;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import static org.junit.Assert.assertEquals;

/** The rule empties every table before each test, children before parents. Runs in name order on purpose. */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RuleCleansBetweenTestsTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO =
            ActiveObjectsRule.forEntities(Note.class, NoteComment.class).namespace(TestNamespaces.FACADE);

    @Test
    public void a_leavesAParentAndAChildRowBehind() {
        Note n = AO.activeObjects().create(Note.class, new DBParam("SPACE_KEY", "K"), new DBParam("TITLE", "left"));
        AO.activeObjects().create(NoteComment.class, new DBParam("NOTE_ID", n.getID()));
        new AoModelVersionStore(AO.entityManager())
                .store(AO.namespace(), com.atlassian.activeobjects.external.ModelVersion.valueOf("4"));
        assertEquals(1, AO.activeObjects().count(NoteComment.class, Query.select()));
    }

    @Test
    public void b_startsWithEmptyTablesAndNoStoredModelVersion() {
        assertEquals(0, AO.activeObjects().count(Note.class, Query.select()));
        assertEquals(0, AO.activeObjects().count(NoteComment.class, Query.select()));
        assertEquals(null, new AoModelVersionStore(AO.entityManager()).storedVersion(AO.namespace()));
    }

    @Test
    public void deletionOrderPutsReferencingEntitiesFirst() {
        assertEquals(java.util.List.of(NoteComment.class, Note.class),
                ActiveObjectsRule.deletionOrder(java.util.List.of(Note.class, NoteComment.class)));
    }
}
