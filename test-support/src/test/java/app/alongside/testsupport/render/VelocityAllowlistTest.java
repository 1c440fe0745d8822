package app.alongside.testsupport.render;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import app.alongside.testsupport.render.fixtures.DecisionView;
import app.alongside.testsupport.render.fixtures.Named;
import app.alongside.testsupport.render.fixtures.NamedThing;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class VelocityAllowlistTest {

    private static final String VIEW = "app.alongside.testsupport.render.fixtures.DecisionView";

    private static VelocityAllowlist parse(String xml) throws IOException {
        return VelocityAllowlist.fromPluginDescriptor(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void readsEveryMethodOfEveryVelocityAllowlistModule() {
        VelocityAllowlist allowlist = TestEngines.fixtureAllowlist();
        assertEquals(13, allowlist.entries().size());
        assertTrue(allowlist.entries().contains(VIEW + "#getTitle()"));
        assertTrue(allowlist.entries().contains(VIEW + "#describe(java.lang.String,int)"));
        assertTrue(allowlist.entries().contains("app.alongside.testsupport.render.fixtures.Person#name()"));
        assertTrue(allowlist.entries().contains("app.alongside.testsupport.render.fixtures.NamedThing.Inner#getValue()"));
    }

    @Test
    public void descriptorWithoutAllowlistModulesGivesAnEmptyAllowlist() throws IOException {
        assertEquals(Set.of(), parse("<atlassian-plugin key=\"k\"><plugin-info/></atlassian-plugin>").entries());
    }

    @Test
    public void namespacedDescriptorIsReadToo() throws IOException {
        VelocityAllowlist allowlist = parse("<atlassian-plugin xmlns=\"urn:x\" key=\"k\"><velocity-allowlist key=\"a\">"
                + "<method>a.B#c()</method><description>ignored</description></velocity-allowlist></atlassian-plugin>");
        assertEquals(Set.of("a.B#c()"), allowlist.entries());
    }

    @Test
    public void descriptorWithAnExternalEntityIsRefused() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("render/xxe-plugin.xml")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> VelocityAllowlist.fromPluginDescriptor(in));
            assertThat(e.getMessage(), containsString("DOCTYPE"));
        }
    }

    @Test
    public void malformedDescriptorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse("<atlassian-plugin>"));
    }

    @Test
    public void entryNotInClassHashMethodFormIsRefused() {
        for (String bad : List.of("a.B", "a.B#c", "#c()", "a.B#()", "a.B#c(", "a.B#c())", "a.B#c()#d()", "a b.C#d()",
                "a.B#c(int x)", "a..B#c()", "a.B#c(,int)")) {
            IllegalArgumentException e = assertThrows(bad, IllegalArgumentException.class, () -> VelocityAllowlist.of(bad));
            assertThat(e.getMessage(), containsString("fully.qualified.Class#method(paramTypes)"));
        }
    }

    @Test
    public void badEntryInADescriptorIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> parse(
                "<atlassian-plugin><velocity-allowlist><method>nonsense</method></velocity-allowlist></atlassian-plugin>"));
    }

    @Test
    public void entriesAreNormalised() {
        VelocityAllowlist allowlist = VelocityAllowlist.of(
                "  a.b.C # m ( java.lang.String ,  int ) ", "a.Outer$Inner#x()", "a.B#v(java.lang.Object...)", "a.B#w(int [], java.lang.String ...)");
        assertEquals(Set.of("a.b.C#m(java.lang.String,int)", "a.Outer.Inner#x()", "a.B#v(java.lang.Object[])",
                        "a.B#w(int[],java.lang.String[])"),
                allowlist.entries());
    }

    @Test
    public void permitsMatchesNameAndParameterTypes() throws NoSuchMethodException {
        VelocityAllowlist allowlist = VelocityAllowlist.of(VIEW + "#describe(java.lang.String,int)");
        assertTrue(allowlist.permits(DecisionView.class,
                DecisionView.class.getMethod("describe", String.class, int.class)));
        assertFalse(allowlist.permits(DecisionView.class, "describe", String.class, Integer.class));
        assertFalse(allowlist.permits(DecisionView.class, "getTitle"));
    }

    @Test
    public void entryOnAnInterfaceAllowsImplementations() {
        VelocityAllowlist allowlist = VelocityAllowlist.of(Named.class.getName() + "#getName()");
        assertTrue(allowlist.permits(NamedThing.class, "getName"));
        assertTrue(allowlist.permits(new Named() {
            @Override
            public String getName() {
                return "anonymous";
            }
        }.getClass(), "getName"));
        assertFalse(allowlist.permits(NamedThing.class, "getInternalId"));
    }

    @Test
    public void entryOnAClassDoesNotAllowAMethodOnlyASubclassHas() {
        VelocityAllowlist allowlist = VelocityAllowlist.of("java.lang.Object#getInternalId()");
        assertFalse(allowlist.permits(NamedThing.class, "getInternalId"));
    }

    @Test
    public void globalTypesAreAllowedThroughTheirInterfacesOnly() {
        VelocityAllowlist none = VelocityAllowlist.empty();
        assertTrue(none.permits(String.class, "trim"));
        assertTrue(none.permits(HashMap.class, "get", Object.class));
        assertTrue(none.permits(ArrayList.class, "size"));
        assertFalse(none.permits(ArrayList.class, "trimToSize"));
        assertFalse(none.permits(ArrayList.class, "getClass"));
        assertFalse(none.permits(DecisionView.class, "toString"));
    }

    @Test
    public void getClassWaitAndNotifyCanNeverBeAllowed() {
        VelocityAllowlist allowlist = VelocityAllowlist.of("java.lang.Object#getClass()", "java.lang.Object#notify()",
                "java.lang.Object#wait(long)", VIEW + "#getClass()");
        assertFalse(allowlist.permits(DecisionView.class, "getClass"));
        assertFalse(allowlist.permits(DecisionView.class, "notify"));
        assertFalse(allowlist.permits(DecisionView.class, "wait", long.class));
    }

    @Test
    public void unionKeepsBothSetsOfEntries() {
        VelocityAllowlist both = VelocityAllowlist.of("a.B#c()").union(VelocityAllowlist.of("d.E#f()"));
        assertEquals(Set.of("a.B#c()", "d.E#f()"), both.entries());
        assertEquals(VelocityAllowlist.of("d.E#f()", "a.B#c()"), both);
    }

    @Test
    public void fixtureEntriesAllResolve() {
        assertEquals(List.of(), TestEngines.fixtureAllowlist().unresolvableEntries(getClass().getClassLoader()));
    }

    @Test
    public void unresolvableEntriesAreReported() {
        List<String> problems = VelocityAllowlist.of(VIEW + "#getTitel()", "no.such.Type#x()", VIEW + "#describe(int)")
                .unresolvableEntries(getClass().getClassLoader());
        assertEquals(3, problems.size());
        assertThat(problems.get(0), containsString("has no public method getTitel()"));
        assertThat(problems.get(1), containsString("no class no.such.Type"));
        assertThat(problems.get(2), containsString("has no public method describe(int)"));
    }

    @Test
    public void describeGivesTheEntryForm() {
        assertEquals("app.alongside.testsupport.render.fixtures.NamedThing.Inner#m(java.lang.String[],int)",
                VelocityAllowlist.describe(NamedThing.Inner.class, "m", String[].class, int.class));
    }

    @Test
    public void readsTheDescriptorAtTheClasspathRoot() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VelocityAllowlist.fromClasspathDescriptor(new ClassLoader(null) { }));
        assertThat(e.getMessage(), containsString("No atlassian-plugin.xml"));
    }
}
