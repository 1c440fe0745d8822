package app.alongside.testsupport.ao;

import org.junit.Test;

import java.nio.file.Path;
import java.util.Properties;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class AoDatabaseTest {

    @Test
    public void tablePrefixMatchesTheDocumentedConfluenceExample() {
        // developer.atlassian.com: namespace com.atlassian.example.ao.myplugin -> AO_28BE2D (md5 ...dcc28be2d)
        assertEquals("AO_28BE2D", AoDatabase.tablePrefixFor("com.atlassian.example.ao.myplugin"));
    }

    @Test
    public void tablePrefixIsAoUnderscoreAndSixUpperCaseHexCharacters() {
        String prefix = AoDatabase.tablePrefixFor(ActiveObjectsRule.DEFAULT_NAMESPACE);
        assertTrue(prefix, prefix.matches("AO_[0-9A-F]{6}"));
        assertEquals(prefix, AoDatabase.tablePrefixFor(ActiveObjectsRule.DEFAULT_NAMESPACE));
        assertNotEquals(prefix, AoDatabase.tablePrefixFor(ActiveObjectsRule.DEFAULT_NAMESPACE + ".other"));
    }

    @Test
    public void emptyNamespaceHasNoPrefix() {
        assertThrows(IllegalArgumentException.class, () -> AoDatabase.tablePrefixFor(""));
    }

    @Test
    public void h2IsTheDefaultAndAlwaysKeepsTheInMemoryDatabaseOpen() {
        AoDatabase db = AoDatabase.fromProperties(new Properties(), "ao-default");
        assertEquals(AoDatabase.Kind.H2_MEMORY, db.kind());
        assertTrue(db.url(), db.url().startsWith("jdbc:h2:mem:ao-default-"));
        assertTrue(db.url(), db.url().contains(";DB_CLOSE_DELAY=-1"));
    }

    @Test
    public void eachH2DatabaseFromPropertiesIsANewOne() {
        AoDatabase a = AoDatabase.fromProperties(new Properties(), "ao-x");
        AoDatabase b = AoDatabase.fromProperties(new Properties(), "ao-x");
        assertNotEquals(a.url(), b.url());
    }

    @Test
    public void postgresDefaultsMatchThePrivateTestCluster() {
        Properties p = new Properties();
        p.setProperty("alongside.db", "postgres");
        AoDatabase db = AoDatabase.fromProperties(p, "unused");
        assertEquals(AoDatabase.Kind.POSTGRES, db.kind());
        assertEquals("jdbc:postgresql://127.0.0.1:55432/alongside_test", db.url());
        assertEquals("alongside", db.username());
        assertEquals("public", db.schema());
    }

    @Test
    public void postgresSettingsComeFromSystemPropertyNames() {
        Properties p = new Properties();
        p.setProperty("alongside.db", "postgres");
        p.setProperty("alongside.pg.url", "jdbc:postgresql://db.example:5432/x");
        p.setProperty("alongside.pg.user", "u");
        p.setProperty("alongside.pg.password", "pw");
        p.setProperty("alongside.pg.schema", "s");
        AoDatabase db = AoDatabase.fromProperties(p, "unused");
        assertEquals("jdbc:postgresql://db.example:5432/x", db.url());
        assertEquals("u", db.username());
        assertEquals("s", db.schema());
        assertTrue(!db.toString().contains("pw"));
    }

    @Test
    public void unknownDatabaseKindIsRejected() {
        Properties p = new Properties();
        p.setProperty("alongside.db", "oracle");
        assertThrows(IllegalArgumentException.class, () -> AoDatabase.fromProperties(p, "x"));
    }

    @Test
    public void h2FileDatabaseUsesAnAbsolutePathWithoutTheMvDbSuffix() {
        AoDatabase db = AoDatabase.h2File(Path.of("target/wb/alongside.mv.db"));
        assertEquals(AoDatabase.Kind.H2_FILE, db.kind());
        String expected = "jdbc:h2:file:" + Path.of("target/wb/alongside").toAbsolutePath().normalize()
                + ";DB_CLOSE_DELAY=-1";
        assertEquals(expected, db.url());
    }

    @Test
    public void lowerCaseTablePrefixIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> AoDatabase.h2Memory("ao-prefix-check").entityManagerWithPrefix("ao_123456"));
    }
}
