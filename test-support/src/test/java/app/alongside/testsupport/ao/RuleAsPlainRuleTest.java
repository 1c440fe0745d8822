package app.alongside.testsupport.ao;

import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.Rule;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

/** Used only as a (non-static) {@code @Rule}, the rule sets up and tears down a clean database around each test. */
public class RuleAsPlainRuleTest {

    @Rule
    public final ActiveObjectsRule ao = ActiveObjectsRule.forEntities(Note.class).namespace(TestNamespaces.OTHER);

    private void checkStartsEmptyAndWrite() {
        assertEquals(0, ao.activeObjects().count(Note.class, Query.select()));
        ao.activeObjects().create(Note.class, new DBParam("SPACE_KEY", "S"), new DBParam("TITLE", "t"));
        assertEquals(1, ao.activeObjects().count(Note.class, Query.select()));
    }

    @Test
    public void firstTestStartsWithAnEmptyTable() {
        checkStartsEmptyAndWrite();
    }

    @Test
    public void secondTestStartsWithAnEmptyTableToo() {
        checkStartsEmptyAndWrite();
    }
}
