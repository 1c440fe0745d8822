package app.alongside.confluence.participant.rest;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class ProfileEditTest {

    private static ProfileUpdateJson update(String name, List<String> skills, List<String> access) {
        return new ProfileUpdateJson(name, null, null, null, skills, null, access, null, null);
    }

    @Test
    public void fieldsLeftOutAreNotChangedAndEmptyOnesAreCleared() {
        Validated<Map<String, String>> result = ProfileEdit.parameters(new ProfileUpdateJson(null, "", " they/them ",
                null, List.of(), null, null, null, null));

        assertEquals(Map.of("preferredName", "", "pronouns", "they/them", "skills", ""), result.get());
    }

    @Test
    public void listsAreWrittenCommaSeparatedWithoutRepeatsOrBlanks() {
        Validated<Map<String, String>> result = ProfileEdit.parameters(update(null,
                List.of("Baking", " baking ", "", "Welsh 😊"), List.of("Large print", "bsl")));

        assertEquals("Baking, Welsh 😊", result.get().get("skills"));
        assertEquals("large-print, bsl", result.get().get("access"));
    }

    @Test
    public void anythingAPersonMightWriteIsAcceptedAndControlCharactersAreDropped() {
        String text = "<script>alert(1)</script> Zoë’s café — 😊 مرحبا 王小明";
        Validated<Map<String, String>> result = ProfileEdit.parameters(new ProfileUpdateJson(text + "\u0007", null,
                null, null, null, List.of(text), null, "line one\nline two", null));

        assertTrue(result.isValid());
        assertEquals(text, result.get().get("name"));
        assertEquals("line one line two", result.get().get("accessNotes"));
    }

    @Test
    public void eachRefusalNamesItsField() {
        List<String> many = new ArrayList<>(Collections.nCopies(1, "x"));
        for (int i = 0; i < 31; i++) {
            many.add("skill " + i);
        }
        Validated<Map<String, String>> result = ProfileEdit.parameters(new ProfileUpdateJson("  ", null,
                "p".repeat(61), "../secret.png", many, List.of("one, two"), List.of("wheelchair"), null,
                "a".repeat(1001)));

        assertFalse(result.isValid());
        assertEquals(List.of("name:alongside.participant.edit.error.name.missing",
                        "pronouns:alongside.participant.edit.error.tooLong",
                        "availability:alongside.participant.edit.error.tooLong",
                        "photo:alongside.participant.edit.error.photo.path",
                        "skills:alongside.participant.edit.error.tooMany",
                        "interests:alongside.participant.edit.error.item.separator",
                        "access:alongside.participant.edit.error.access.unknown"),
                result.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        Problem access = result.problems().get(6);
        assertEquals(List.of("wheelchair", "large-print, easy-read, pre-reads, breaks, bsl, captions, quiet-space, "
                + "online, in-person"), access.arguments());
    }

    @Test
    public void nothingToChangeIsValidAndEmpty() {
        assertEquals(Map.of(), ProfileEdit.parameters(null).get());
        assertEquals(Map.of(), ProfileEdit.parameters(new ProfileUpdateJson(null, null, null, null, null, null, null,
                null, null)).get());
    }
}
