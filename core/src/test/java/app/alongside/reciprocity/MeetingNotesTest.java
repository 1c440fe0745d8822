package app.alongside.reciprocity;

import app.alongside.people.PersonRef;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class MeetingNotesTest {

    @Test
    public void mentionsAndPageLinksAreReadOnceEachInTheOrderTheyAppear() {
        String storage = "<p>Present: <ac:link><ri:user ri:userkey=\"k-alex\"/></ac:link>, "
                + "<ac:link><ri:page ri:content-title=\"Sam\"/></ac:link> and "
                + "<ac:link><ri:page ri:space-key=\"RC\" ri:content-title=\"Jo\"/></ac:link></p>"
                + "<p>Thanks <ac:link><ri:user ri:userkey=\"k-alex\"/></ac:link></p>";

        MeetingNotes.Read read = MeetingNotes.read(storage, "Group meeting");

        assertEquals(List.of(new PersonRef.User("k-alex"), new PersonRef.Page("", "Sam"),
                new PersonRef.Page("RC", "Jo")), read.people());
        assertEquals(Optional.empty(), read.date());
    }

    @Test
    public void theFirstDateInsertedInThePageIsTheMeetingsDate() {
        MeetingNotes.Read read = MeetingNotes.read("<p>On <time datetime=\"2026-10-14\"/> then "
                + "<time datetime=\"2026-11-01\"/></p>", "Meeting 3 March 2026");

        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), read.date());
    }

    @Test
    public void withoutADateInThePageTheTitlesDateIsUsed() {
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)),
                MeetingNotes.read("<p>Notes</p>", "Group meeting 14 October 2026").date());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)),
                MeetingNotes.read("<p>Notes</p>", "14/10/2026 steering group").date());
    }

    @Test
    public void unreadableStorageReadsAsNobodyRatherThanFailing() {
        MeetingNotes.Read read = MeetingNotes.read("<p>unclosed <b>", "Meeting");

        assertEquals(List.of(), read.people());
    }
}
