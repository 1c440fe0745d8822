package app.alongside.testsupport.render;

import static app.alongside.testsupport.render.TestEngines.context;
import static app.alongside.testsupport.render.TestEngines.engine;
import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import app.alongside.testsupport.render.fixtures.DecisionView;
import app.alongside.testsupport.render.fixtures.ExtraMap;
import app.alongside.testsupport.render.fixtures.NamedThing;
import app.alongside.testsupport.render.fixtures.Person;
import app.alongside.testsupport.render.fixtures.Rows;
import app.alongside.testsupport.render.fixtures.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.Test;

/** Templates rendered under Confluence 9+'s method allowlist: what the fixture descriptor allows, and what not. */
public class VelocityMethodAllowlistTest {

    private static final DecisionView VIEW = new DecisionView("Title", "<p>s</p>", "<b>r</b>", true);

    private static String render(String template, Object... keysAndValues) {
        return engine().renderFragment(template, context(keysAndValues));
    }

    private static MethodNotAllowlistedException refused(String template, Object... keysAndValues) {
        return assertThrows(MethodNotAllowlistedException.class, () -> render(template, keysAndValues));
    }

    @Test
    public void methodOnAllowlistRenders() {
        assertEquals("Title|xxTitle", render("$view.getTitle()|$view.describe(\"x\", 2)", "view", VIEW));
    }

    @Test
    public void methodNotOnAllowlistFailsTheRender() {
        MethodNotAllowlistedException e = refused("$view.secret()", "view", VIEW);
        assertEquals("app.alongside.testsupport.render.fixtures.DecisionView#secret()", e.getMethod());
        assertThat(e.getMessage(), containsString(
                "method app.alongside.testsupport.render.fixtures.DecisionView#secret() is not on the Velocity allowlist"));
    }

    @Test
    public void refusalNamesTemplateLineAndColumn() {
        MethodNotAllowlistedException e = assertThrows(MethodNotAllowlistedException.class,
                () -> engine().render("render/calls-secret.vm", context("view", VIEW)));
        assertEquals("render/calls-secret.vm", e.getTemplateName());
        assertThat(e.getMessage(), containsString("template render/calls-secret.vm, line 3, column 10"));
        assertThat(e.getMessage(), containsString("<velocity-allowlist>"));
    }

    @Test
    public void propertyAccessCallsTheGetterWhichMustBeAllowlisted() {
        assertEquals("Title true", render("$view.title $view.open", "view", VIEW));
        MethodNotAllowlistedException e = refused("$thing.internalId", "thing", new NamedThing("n"));
        assertEquals("app.alongside.testsupport.render.fixtures.NamedThing#getInternalId()", e.getMethod());
    }

    @Test
    public void conditionsAndLoopsAreCheckedToo() {
        refused("#if($view.secret())x#end", "view", VIEW);
        refused("#foreach($c in $view.secret().toCharArray())$c#end", "view", VIEW);
        refused("#set($s = $view.secret())", "view", VIEW);
        refused("$view.describe($view.secret(), 1)", "view", VIEW);
    }

    @Test
    public void recordAccessorOnAllowlistRenders() {
        assertEquals("Ann", render("$p.name()", "p", new Person("Ann", "")));
    }

    @Test
    public void recordAccessorNotOnAllowlistFailsTheRender() {
        ConfluenceVelocityEngine strict = ConfluenceVelocityEngine.create(getClass().getClassLoader(),
                VelocityAllowlist.of("app.alongside.testsupport.render.fixtures.Person#name()"));
        assertEquals("Ann", strict.renderFragment("$p.name()", context("p", new Person("Ann", "<b>"))));
        MethodNotAllowlistedException e = assertThrows(MethodNotAllowlistedException.class,
                () -> strict.renderFragment("$p.bioHtml()", context("p", new Person("Ann", "<b>"))));
        assertEquals("app.alongside.testsupport.render.fixtures.Person#bioHtml()", e.getMethod());
    }

    @Test
    public void recordPropertyWithoutParenthesesFailsWithAHint() {
        MissingMemberException e = assertThrows(MissingMemberException.class,
                () -> render("$p.name", "p", new Person("Ann", "")));
        assertThat(e.getMessage(), containsString("has no property 'name'"));
        assertThat(e.getMessage(), containsString("is a record"));
        assertThat(e.getMessage(), containsString("name()"));
    }

    @Test
    public void missingMethodFailsInsteadOfPrintingTheReference() {
        MissingMemberException e = assertThrows(MissingMemberException.class,
                () -> render("$view.nope(1)", "view", VIEW));
        assertThat(e.getMessage(), containsString("has no public method nope(java.lang.Integer)"));
    }

    @Test
    public void lenientEnginePrintsMissingMembersLiterallyAsConfluenceDoes() {
        ConfluenceVelocityEngine lenient = ConfluenceVelocityEngine.builder(getClass().getClassLoader())
                .allowlist(TestEngines.fixtureAllowlist()).lenientMissingMembers().build();
        assertEquals("$p.name $view.nope()", lenient.renderFragment("$p.name $view.nope()",
                context("p", new Person("Ann", ""), "view", VIEW)));
    }

    @Test
    public void interfaceEntryAllowsTheImplementationsMethod() {
        assertEquals("n n", render("$thing.name $thing.getName()", "thing", new NamedThing("n")));
    }

    @Test
    public void nestedClassEntryWrittenWithDollarMatches() {
        assertEquals("inner", render("$i.value", "i", new NamedThing.Inner()));
    }

    @Test
    public void stringNumberAndBooleanMethodsAreGlobal() {
        assertEquals("ABC 3 true b 7 2.5 false x",
                render("$s.toUpperCase() $s.length() $s.startsWith(\"a\") $s.charAt(1) $n.intValue() $d.doubleValue()"
                                + " $b.booleanValue() $c.toString()",
                        "s", "abc", "n", 7L, "d", 2.5f, "b", Boolean.FALSE, "c", 'x'));
        assertEquals("true", render("$s.empty", "s", ""));
    }

    @Test
    public void collectionAndMapMethodsAreGlobal() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("k", "v");
        map.put("n", 2);
        assertEquals("2 a true v v true [k, n] k=v;n=2; 3 true",
                render("$list.size() $list.get(0) $list.contains(\"b\") $map.k $map.get(\"k\") $map.containsKey(\"n\")"
                                + " $map.keySet() #foreach($e in $map.entrySet())$e.key=$e.value;#end"
                                + " $set.size() $list.iterator().hasNext()",
                        "list", List.of("a", "b"), "map", map, "set", Set.of(1, 2, 3)));
    }

    @Test
    public void sortedMapsAndOtherImplementationsAreAllowedThroughTheMapInterface() {
        assertEquals("v v", render("$m.k $m.get(\"k\")", "m", new TreeMap<>(Map.of("k", "v"))));
    }

    @Test
    public void addingToAListIsAllowedAsInVelocityIdioms() {
        List<String> list = new ArrayList<>();
        assertEquals("1", render("#set($ignore = $l.add(\"x\"))$l.size()", "l", list));
    }

    @Test
    public void arraysBehaveAsLists() {
        assertEquals("2 b", render("$a.size() $a.get(1)", "a", new String[] {"a", "b"}));
    }

    @Test
    public void extraMethodOfAMapImplementationIsRefused() {
        ExtraMap map = new ExtraMap();
        map.put("k", "v");
        assertEquals("v", render("$m.k", "m", map));
        assertEquals("app.alongside.testsupport.render.fixtures.ExtraMap#extra()", refused("$m.extra()", "m", map).getMethod());
    }

    @Test
    public void getClassIsNeverAllowed() {
        refused("$s.getClass()", "s", "x");
        refused("$s.class", "s", "x");
        refused("$m.class", "m", new HashMap<>());
        ConfluenceVelocityEngine generous = ConfluenceVelocityEngine.create(getClass().getClassLoader(),
                VelocityAllowlist.of("java.lang.Object#getClass()", "java.lang.String#getClass()"));
        assertThrows(MethodNotAllowlistedException.class,
                () -> generous.renderFragment("$s.getClass().forName(\"java.lang.Runtime\")", context("s", "x")));
    }

    @Test
    public void classObjectsInTheContextCannotBeUsed() {
        refused("$c.forName(\"java.lang.Runtime\")", "c", String.class);
        refused("$c.name", "c", String.class);
        assertEquals("java.lang.Runtime#getRuntime()",
                refused("$c.getRuntime().exec(\"id\")", "c", Runtime.class).getMethod());
    }

    @Test
    public void staticMethodsThroughAClassObjectFollowTheSameRules() {
        // Velocity calls static methods of a Class in the context; they are checked against the class itself.
        assertEquals("1", render("$c.valueOf(1)", "c", String.class));
    }

    @Test
    public void enumMethodsNeedAnEntry() {
        refused("$st.name()", "st", Status.OPEN);
        ConfluenceVelocityEngine withEnum = ConfluenceVelocityEngine.create(getClass().getClassLoader(),
                VelocityAllowlist.of("java.lang.Enum#name()"));
        assertEquals("OPEN", withEnum.renderFragment("$st.name()", context("st", Status.OPEN)));
        // inserting the value itself calls toString() outside the template: no entry needed
        assertEquals("CLOSED", render("$st", "st", Status.CLOSED));
    }

    @Test
    public void optionalAndBigDecimalOwnMethodsAreNotGlobal() {
        refused("$o.isPresent()", "o", Optional.of("x"));
        refused("$d.toPlainString()", "d", new BigDecimal("1.50"));
        assertEquals("1", render("$d.intValue()", "d", new BigDecimal("1.50")));
    }

    @Test
    public void foreachOverACollectionNeedsNoEntryButOverAPlainIterableDoes() {
        assertEquals("ab", render("#foreach($x in $l)$x#end", "l", List.of("a", "b")));
        assertEquals("v", render("#foreach($x in $m)$x#end", "m", Map.of("k", "v")));
        MethodNotAllowlistedException e = refused("#foreach($r in $rows)$r#end", "rows", new Rows());
        assertEquals("app.alongside.testsupport.render.fixtures.Rows#iterator()", e.getMethod());
        ConfluenceVelocityEngine withRows = ConfluenceVelocityEngine.create(getClass().getClassLoader(),
                VelocityAllowlist.of("app.alongside.testsupport.render.fixtures.Rows#iterator()"));
        assertEquals("r1r2", withRows.renderFragment("#foreach($r in $rows)$r#end", context("rows", new Rows())));
    }

    @Test
    public void settingAPropertyCallsTheSetterWhichMustBeAllowlisted() {
        Map<String, Object> map = new HashMap<>();
        assertEquals("v", render("#set($m.k = \"v\")$m.k", "m", map));
        MethodNotAllowlistedException e = refused("#set($t.label = \"x\")", "t", new NamedThing("n"));
        assertEquals("app.alongside.testsupport.render.fixtures.NamedThing#setLabel(java.lang.String)", e.getMethod());
    }

    @Test
    public void i18nHelperGetTextIsGlobal() {
        assertEquals(Set.of(
                        "app.alongside.testsupport.render.I18nHelper#getText(java.lang.String)",
                        "app.alongside.testsupport.render.I18nHelper#getText(java.lang.String,java.util.List)",
                        "app.alongside.testsupport.render.I18nHelper#getText(java.lang.String,java.lang.Object[])"),
                GlobalVelocityAllowlist.methods());
    }
}
