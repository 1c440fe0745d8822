package app.alongside.meeting.view;

import java.util.List;
import java.util.Objects;

/**
 * The meeting block as a template shows it, all in words: "Meeting on 14 October 2026 · Chaired by …". {@code
 * heading} is the meeting's day (or that it has none); the chairs are people as the decision card shows them, each
 * with the words that go before it ("", ", ", " and "). What the writer should fix comes first, as sentences.
 */
public record MeetingView(String heading, String dateIso, String chairedByLabel, List<Chair> chairs,
                          String noChair, String problemsHeading, List<String> problems) {

    public MeetingView {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(dateIso, "dateIso");
        Objects.requireNonNull(chairedByLabel, "chairedByLabel");
        chairs = List.copyOf(chairs);
        Objects.requireNonNull(noChair, "noChair");
        Objects.requireNonNull(problemsHeading, "problemsHeading");
        problems = List.copyOf(problems);
    }

    public boolean hasDate() {
        return !dateIso.isEmpty();
    }

    public boolean hasChairs() {
        return !chairs.isEmpty();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** One chair: the words before the name in the list, the name, and a link when there is somewhere to go. */
    public record Chair(String before, String name, String link) {

        public Chair {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(name, "name");
            link = link == null ? "" : link;
        }

        public boolean hasLink() {
            return !link.isEmpty();
        }
    }
}
