package app.alongside.meeting.view;

import app.alongside.decision.view.PersonView;
import app.alongside.meeting.Meeting;
import app.alongside.meeting.ParsedMeeting;
import app.alongside.people.PersonRef;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class MeetingViewsTest {

    private final MeetingViews views = new MeetingViews((key, args) -> key + Arrays.toString(args));

    @Test
    public void aDatedMeetingWithCoChairsReadsAsAListOfNames() {
        MeetingView view = views.view(new ParsedMeeting(new Meeting(Optional.of(LocalDate.of(2026, 10, 14)),
                List.of(new PersonRef.User("u1"), new PersonRef.Named("Bo"), new PersonRef.Page("RC", "Cy"))),
                List.of()), person -> person instanceof PersonRef.Page p
                ? new PersonView(p.title(), "/display/RC/" + p.title()) : PersonView.named(person.key()));

        assertEquals("alongside.meeting.on[14 October 2026]", view.heading());
        assertEquals("2026-10-14", view.dateIso());
        assertEquals(List.of(new MeetingView.Chair("", "user:u1", ""),
                new MeetingView.Chair("alongside.meeting.chairs.separator[]", "name:Bo", ""),
                new MeetingView.Chair("alongside.meeting.chairs.lastSeparator[]", "Cy", "/display/RC/Cy")),
                view.chairs());
        assertFalse(view.hasProblems());
    }

    @Test
    public void anUndatedMeetingWithoutAChairSaysSoAndListsWhatToFix() {
        MeetingView view = views.view(new ParsedMeeting(new Meeting(Optional.empty(), List.of()),
                List.of(Problem.of("date", "alongside.meeting.problem.date.invalid", "soon"))),
                person -> PersonView.named("?"));

        assertEquals("alongside.meeting.undated[]", view.heading());
        assertFalse(view.hasDate());
        assertFalse(view.hasChairs());
        assertTrue(view.hasProblems());
        assertEquals(List.of("alongside.meeting.problem.date.invalid[soon]"), view.problems());
    }
}
