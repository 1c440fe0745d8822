package app.alongside.meeting;

import app.alongside.people.PersonRef;
import app.alongside.storage.StorageFormatException;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class MeetingReaderTest {

    private final MeetingReader reader = new MeetingReader();

    private static String page(String date, String body) {
        return "<p>Notes</p><ac:structured-macro ac:name=\"alongside-meeting\" ac:schema-version=\"1\">"
                + (date == null ? "" : "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>")
                + (body == null ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro><p>Actions follow.</p>";
    }

    @Test
    public void readsTheDateAndTheChairsMentionedLinkedOrTyped() {
        ParsedMeeting parsed = reader.readPage(page("14 October 2026",
                "<p><ac:link><ri:user ri:userkey=\"u-alex\"/></ac:link>, Jordan Lee and "
                        + "<ac:link><ri:page ri:content-title=\"Priya Shah\" ri:space-key=\"RC\"/></ac:link></p>"))
                .orElseThrow();

        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), parsed.meeting().date());
        assertEquals(List.of(new PersonRef.User("u-alex"), new PersonRef.Named("Jordan Lee"),
                new PersonRef.Page("RC", "Priya Shah")), parsed.meeting().chairs());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    public void aPageWithoutTheMacroHasNoMeeting() {
        assertEquals(Optional.empty(), reader.readPage("<p>Just notes about alongside-meeting, no macro</p>"));
        assertEquals(Optional.empty(), reader.readPage(""));
        assertEquals(Optional.empty(), reader.readPage(null));
    }

    @Test
    public void anUnreadableDateIsAProblemAndLeavesTheMeetingUndated() {
        ParsedMeeting parsed = reader.readPage(page("next Tuesday-ish", "<p>Sam</p>")).orElseThrow();

        assertEquals(Optional.empty(), parsed.meeting().date());
        assertEquals(List.of(Problem.of("date", "alongside.meeting.problem.date.invalid", "next Tuesday-ish")),
                parsed.problems());
    }

    @Test
    public void aMissingDateIsAProblem() {
        ParsedMeeting parsed = reader.readPage(page(null, "<p>Sam</p>")).orElseThrow();

        assertEquals(List.of(Problem.of("date", "alongside.meeting.problem.date.missing")), parsed.problems());
    }

    @Test
    public void noChairNamedIsAProblem() {
        ParsedMeeting parsed = reader.readPage(page("2026-10-14", "<p> </p>")).orElseThrow();

        assertFalse(parsed.meeting().recordsAChair());
        assertEquals(List.of(Problem.of("chairs", "alongside.meeting.problem.chair.missing")), parsed.problems());
        assertTrue(reader.readPage(page("2026-10-14", null)).orElseThrow().problems().contains(
                Problem.of("chairs", "alongside.meeting.problem.chair.missing")));
    }

    @Test
    public void theFirstOfSeveralMeetingMacrosCountsAndAProblemSaysSo() {
        ParsedMeeting parsed = reader.readPage(page("2026-10-14", "<p>Sam</p>") + page("2026-11-11", "<p>Ann</p>"))
                .orElseThrow();

        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), parsed.meeting().date());
        assertEquals(List.of(new PersonRef.Named("Sam")), parsed.meeting().chairs());
        assertEquals(List.of(Problem.of("meeting", "alongside.meeting.problem.many", 2)), parsed.problems());
    }

    @Test
    public void thePersonWrittenTwiceChairedOnce() {
        ParsedMeeting parsed = reader.readPage(page("2026-10-14",
                "<p><ac:link><ri:user ri:userkey=\"u1\"/></ac:link> and <ac:link><ri:user ri:userkey=\"u1\"/></ac:link></p>"))
                .orElseThrow();

        assertEquals(List.of(new PersonRef.User("u1")), parsed.meeting().chairs());
    }

    @Test
    public void aBodyNamingTooManyPeopleKeepsTheFirstAndSaysSo() {
        StringBuilder names = new StringBuilder("<p>");
        for (int i = 0; i < 100; i++) {
            names.append("Person ").append((char) ('A' + i % 26)).append(i / 26 == 0 ? "" : "x".repeat(i / 26)).append(", ");
        }
        ParsedMeeting parsed = reader.readPage(page("2026-10-14", names + "</p>")).orElseThrow();

        assertEquals(Meeting.MAX_CHAIRS, parsed.meeting().chairs().size());
        assertTrue(parsed.problems().contains(Problem.of("chairs", "alongside.meeting.problem.chair.many",
                Meeting.MAX_CHAIRS)));
    }

    @Test
    public void hostileTextStaysInertText() {
        ParsedMeeting parsed = reader.readPage(page("<![CDATA[<script>alert(1)</script>]]>",
                "<p>&lt;img src=x onerror=alert(1)&gt;</p>")).orElseThrow();

        assertEquals(Optional.empty(), parsed.meeting().date());
        assertEquals(List.of(new PersonRef.Named("<img src=x onerror=alert(1)>")), parsed.meeting().chairs());
    }

    @Test(expected = StorageFormatException.class)
    public void storageThatIsNotWellFormedIsRefused() {
        reader.readPage("<ac:structured-macro ac:name=\"alongside-meeting\"><p>");
    }

    @Test(expected = StorageFormatException.class)
    public void anExternalEntityIsRefused() {
        reader.readPage("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + page("2026-10-14", "<p>&e;</p>"));
    }

    @Test
    public void aMacroReadsItsOwnParametersAndBody() {
        ParsedMeeting parsed = reader.readMacro(Map.of("date", "2026-10-14"),
                "<p><ac:link><ri:user ri:userkey=\"u-alex\"/></ac:link></p>");

        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), parsed.meeting().date());
        assertEquals(List.of(new PersonRef.User("u-alex")), parsed.meeting().chairs());
    }

    @Test
    public void aLongUnreadableDateIsShortenedInTheProblem() {
        ParsedMeeting parsed = reader.readMacro(Map.of("date", "x".repeat(500)), "<p>Sam</p>");

        assertTrue(parsed.problems().get(0).arguments().get(0).length() <= 41);
    }
}
