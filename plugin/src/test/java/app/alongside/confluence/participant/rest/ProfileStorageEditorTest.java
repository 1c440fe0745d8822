package app.alongside.confluence.participant.rest;

import app.alongside.storage.StorageDocument;
import org.junit.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Rewriting a profile's parameters changes those parameters and not one other character of the page. */
public class ProfileStorageEditorTest {

    private static final String BEFORE = "<h1>Hello&nbsp;there</h1><!-- <ac:structured-macro ac:name=\"alongside-participant\"> -->"
            + "<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[<ac:structured-macro "
            + "ac:name=\"alongside-participant\">]]></ac:plain-text-body></ac:structured-macro>\n";
    private static final String MACRO_START = "<ac:structured-macro ac:name=\"alongside-participant\" ac:schema-version=\"1\" "
            + "data-note='a > b'>";
    private static final String BODY = "<ac:rich-text-body><p>I <strong>listen</strong>.</p>"
            + "<ac:structured-macro ac:name=\"info\"><ac:parameter ac:name=\"title\">x</ac:parameter>"
            + "<ac:rich-text-body><p>nested</p></ac:rich-text-body></ac:structured-macro></ac:rich-text-body>";
    private static final String AFTER = "\n<p>After &amp; more</p><ac:structured-macro ac:name=\"alongside-participant\">"
            + "<ac:parameter ac:name=\"name\">Second</ac:parameter></ac:structured-macro>";
    private static final String STORAGE = BEFORE + MACRO_START
            + "\n  <ac:parameter ac:name=\"name\">Priya Shah</ac:parameter>"
            + "\n  <ac:parameter ac:name=\"user\"><ri:user ri:userkey=\"u-priya\" /></ac:parameter>"
            + "\n  <ac:parameter ac:name=\"skills\">listening</ac:parameter>"
            + "\n  " + BODY + "\n</ac:structured-macro>" + AFTER;

    private static Map<String, String> changes(String... namesAndValues) {
        Map<String, String> changes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            changes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return changes;
    }

    private static String rewrite(Map<String, String> changes) {
        return ProfileStorageEditor.rewrite(STORAGE, "alongside-participant", changes).orElseThrow();
    }

    @Test
    public void changedParameterIsReplacedInPlaceAndEverythingElseIsKeptExactly() {
        String after = rewrite(changes("skills", "listening, baking"));

        assertEquals(STORAGE.replace("<ac:parameter ac:name=\"skills\">listening</ac:parameter>",
                "<ac:parameter ac:name=\"skills\">listening, baking</ac:parameter>"), after);
    }

    @Test
    public void newParameterGoesBeforeTheBodyAndEmptyValueRemovesOne() {
        String after = rewrite(changes("pronouns", "she/her", "skills", ""));

        assertTrue(after.startsWith(BEFORE + MACRO_START));
        assertTrue(after.endsWith(BODY + "\n</ac:structured-macro>" + AFTER));
        assertTrue(after.contains("<ac:parameter ac:name=\"pronouns\">she/her</ac:parameter>" + BODY));
        assertTrue(!after.contains("\"skills\""));
        assertTrue("the account link is kept", after.contains("<ri:user ri:userkey=\"u-priya\" />"));
    }

    @Test
    public void onlyTheFirstProfileIsChangedNotOneInACommentOrCodeBlock() {
        String after = rewrite(changes("name", "Pri"));

        assertTrue(after.contains("<ac:parameter ac:name=\"name\">Pri</ac:parameter>"));
        assertTrue(after.contains("<ac:parameter ac:name=\"name\">Second</ac:parameter>"));
        assertTrue(after.startsWith(BEFORE));
    }

    @Test
    public void hostileTextIsWrittenAsTextAndThePageStaysWellFormed() {
        String hostile = "</ac:parameter><script>alert(1)</script> \"quoted\" & 'single' \u0001 😊 مرحبا";
        String after = rewrite(changes("name", hostile));

        StorageDocument document = StorageDocument.parse(after.replace("&nbsp;", "&#160;"));
        String written = StorageDocument.parameter(document.macros("alongside-participant").get(0), "name")
                .map(StorageDocument::text).orElseThrow();
        assertEquals(hostile.replace(" \u0001", ""), written.replaceAll("\\s+", " "));
        assertTrue(after.contains("&lt;script&gt;"));
    }

    @Test
    public void selfClosingMacroGetsItsParameters() {
        String storage = "<p>a</p><ac:structured-macro ac:name=\"alongside-participant\" /><p>b</p>";

        assertEquals("<p>a</p><ac:structured-macro ac:name=\"alongside-participant\">"
                        + "<ac:parameter ac:name=\"name\">Sam</ac:parameter></ac:structured-macro><p>b</p>",
                ProfileStorageEditor.rewrite(storage, "alongside-participant", changes("name", "Sam")).orElseThrow());
    }

    @Test
    public void pageWithoutAProfileOrWithBrokenMarkupIsNotChanged() {
        assertEquals(Optional.empty(), ProfileStorageEditor.rewrite("<p>No profile</p>", "alongside-participant",
                changes("name", "x")));
        assertEquals(Optional.empty(), ProfileStorageEditor.rewrite(
                "<ac:structured-macro ac:name=\"alongside-participant\"><ac:parameter ac:name=\"name\">x",
                "alongside-participant", changes("name", "y")));
        assertEquals(Optional.empty(), ProfileStorageEditor.rewrite(
                "<ac:structured-macro ac:name=\"alongside-participant\"><p></ac:structured-macro>",
                "alongside-participant", changes("name", "y")));
    }
}
