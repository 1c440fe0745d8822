package app.alongside.testsupport.render;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.Test;

public class BundleI18nResolverTest {

    private static final ClassLoader LOADER = BundleI18nResolverTest.class.getClassLoader();

    private static BundleI18nResolver main() {
        return BundleI18nResolver.fromClasspath(LOADER, "render/i18n/main");
    }

    @Test
    public void argumentsAreFormattedWithMessageFormat() {
        assertEquals("Hello, Ann!", main().getText("alongside.greeting", "Ann"));
    }

    @Test
    public void messageWithoutArgumentsIsReturnedAsWritten() {
        assertEquals("Decisions", main().getText("alongside.plain"));
    }

    @Test
    public void doubledApostropheIsOneApostropheWithOrWithoutArguments() {
        assertEquals("Don't lose what people said", main().getText("alongside.apostrophe"));
        assertEquals("Sam hasn't answered yet", main().getText("alongside.apostrophe.with.argument", "Sam"));
    }

    @Test
    public void choiceAndNumberFormatsWork() {
        assertEquals("There are no decisions.", main().getText("alongside.count", 0));
        assertEquals("There is one decision.", main().getText("alongside.count", 1));
        assertEquals("There are 1,234 decisions.", main().getText("alongside.count", 1234));
        assertEquals("Paid 1,234.50 in total", main().getText("alongside.number", 1234.5));
    }

    @Test
    public void numbersFollowTheResolversLocale() {
        BundleI18nResolver german = BundleI18nResolver.fromClasspath(LOADER, Locale.GERMANY, "render/i18n/main");
        assertEquals("Paid 1.234,50 in total", german.getText("alongside.number", 1234.5));
        assertEquals(Locale.UK, main().locale());
    }

    @Test
    public void bundlesAreReadAsUtf8() {
        assertEquals("Café — “co-production” ☕", main().getText("alongside.unicode"));
        assertEquals("été", main().getText("alongside.escaped"));
    }

    @Test
    public void missingKeyReturnsTheKey() {
        assertEquals("alongside.nope", main().getText("alongside.nope"));
        assertEquals("alongside.nope", main().getText("alongside.nope", "x"));
        assertFalse(main().hasKey("alongside.nope"));
    }

    @Test
    public void textIsNotEscapedByTheResolver() {
        assertEquals("<b>x</b> & more", main().getText("alongside.markup", "x"));
    }

    @Test
    public void keysListsEveryKeySorted() {
        BundleI18nResolver resolver = main();
        assertEquals(10, resolver.keys().size());
        assertEquals("alongside.apostrophe", resolver.keys().iterator().next());
        assertTrue(resolver.keys().contains("alongside.greeting"));
        assertThrows(UnsupportedOperationException.class, () -> resolver.keys().add("x"));
    }

    @Test
    public void severalBundlesCombineAndTheFirstDefinitionWins() {
        BundleI18nResolver both = BundleI18nResolver.fromClasspath(LOADER, "render/i18n/main", "render.i18n.extra");
        assertEquals("Extra", both.getText("alongside.extra"));
        assertEquals("from main", both.getText("alongside.shared"));
        assertEquals(List.of("alongside.shared: defined again in render/i18n/extra.properties (the first definition is used)"),
                both.problems());
    }

    @Test
    public void bundleNamesMayBeSlashedDottedOrFileNames() {
        assertEquals("render/i18n/main.properties", BundleI18nResolver.resourceName("render.i18n.main"));
        assertEquals("render/i18n/main.properties", BundleI18nResolver.resourceName("/render/i18n/main"));
        assertEquals("render/i18n/main.properties", BundleI18nResolver.resourceName("render/i18n/main.properties"));
    }

    @Test
    public void missingBundleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BundleI18nResolver.fromClasspath(LOADER, "render/i18n/nope"));
        assertThat(e.getMessage(), containsString("render/i18n/nope.properties"));
    }

    @Test
    public void problemsFindLoneApostrophesAndBrokenPatterns() {
        BundleI18nResolver broken = BundleI18nResolver.fromClasspath(LOADER, "render/i18n/broken");
        List<String> problems = broken.problems();
        assertEquals(2, problems.size());
        assertThat(problems.get(0), containsString("broken.lone.apostrophe: a single apostrophe"));
        assertThat(problems.get(1), containsString("broken.pattern: not a valid MessageFormat pattern"));
        assertEquals(List.of(), main().problems());
    }

    @Test
    public void loneApostropheIsSwallowedAsMessageFormatDoes() {
        BundleI18nResolver broken = BundleI18nResolver.fromClasspath(LOADER, "render/i18n/broken");
        assertEquals("Dont do {0}", broken.getText("broken.lone.apostrophe", "x"));
    }

    @Test
    public void brokenPatternFailsWithTheKeyInTheMessage() {
        BundleI18nResolver broken = BundleI18nResolver.fromClasspath(LOADER, "render/i18n/broken");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> broken.getText("broken.pattern", "x"));
        assertThat(e.getMessage(), containsString("broken.pattern"));
    }

    @Test
    public void rawTextIsTheUnformattedPattern() {
        assertEquals("Don''t lose what people said", main().getRawText("alongside.apostrophe"));
        assertNull(main().getRawText("alongside.nope"));
    }
}
