package app.alongside.meeting.view;

import app.alongside.decision.view.People;
import app.alongside.decision.view.PersonView;
import app.alongside.meeting.Meeting;
import app.alongside.meeting.ParsedMeeting;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Builds the meeting block's view in words, naming chairs as the decision card names people. */
public final class MeetingViews {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Messages messages;

    public MeetingViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public MeetingView view(ParsedMeeting parsed, People people) {
        Meeting meeting = parsed.meeting();
        String heading = meeting.date().map(d -> messages.text("alongside.meeting.on", LONG.format(d)))
                .orElseGet(() -> messages.text("alongside.meeting.undated"));
        List<MeetingView.Chair> chairs = new ArrayList<>();
        int count = meeting.chairs().size();
        for (int i = 0; i < count; i++) {
            PersonView person = people.describe(meeting.chairs().get(i));
            String before = i == 0 ? "" : i == count - 1
                    ? messages.text("alongside.meeting.chairs.lastSeparator")
                    : messages.text("alongside.meeting.chairs.separator");
            chairs.add(new MeetingView.Chair(before, person.name(), person.link()));
        }
        List<String> problems = new ArrayList<>();
        for (Problem problem : parsed.problems()) {
            problems.add(messages.text(problem.messageKey(), problem.arguments().toArray()));
        }
        return new MeetingView(heading, meeting.date().map(Object::toString).orElse(""),
                messages.text("alongside.meeting.chairedBy"), chairs, messages.text("alongside.meeting.noChair"),
                messages.text("alongside.meeting.problems.heading"), problems);
    }
}
