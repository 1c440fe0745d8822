package app.alongside.meeting;

import app.alongside.people.PeopleInStorage;
import app.alongside.people.PersonRef;
import app.alongside.storage.StorageDocument;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the meeting record of a page of meeting notes: its {@code alongside-meeting} macro, the day in its
 * {@code date} parameter and, in its body, who chaired, named exactly as the people of a decision's stage are.
 * A page records one meeting; when it holds more macros the first counts and a problem says so.
 * See docs/storage-format.md.
 */
public final class MeetingReader {

    /** Read the page's meeting, if it has a meeting macro. Throws {@link app.alongside.storage.StorageFormatException}. */
    public Optional<ParsedMeeting> readPage(String pageStorage) {
        if (pageStorage == null || !pageStorage.contains(MeetingMacros.MEETING)) {
            return Optional.empty();
        }
        List<Element> macros = StorageDocument.parse(pageStorage).macros(MeetingMacros.MEETING);
        if (macros.isEmpty()) {
            return Optional.empty();
        }
        Element first = macros.get(0);
        String date = StorageDocument.parameter(first, MeetingMacros.DATE).map(StorageDocument::text).orElse("");
        ParsedMeeting parsed = read(date, StorageDocument.richTextBody(first));
        if (macros.size() == 1) {
            return Optional.of(parsed);
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        problems.add(Problem.of("meeting", "alongside.meeting.problem.many", macros.size()));
        return Optional.of(new ParsedMeeting(parsed.meeting(), problems));
    }

    /**
     * The meeting one macro records, from the parameters and body storage it receives (the storage inside
     * {@code ac:rich-text-body}, or empty). Throws {@link app.alongside.storage.StorageFormatException}.
     */
    public ParsedMeeting readMacro(Map<String, String> parameters, String bodyStorage) {
        Optional<Element> body = bodyStorage == null || bodyStorage.isBlank()
                ? Optional.empty() : Optional.of(StorageDocument.parse(bodyStorage).root());
        String date = parameters == null ? "" : parameters.getOrDefault(MeetingMacros.DATE, "");
        return read(date == null ? "" : date, body);
    }

    private static ParsedMeeting read(String rawDate, Optional<Element> body) {
        List<Problem> problems = new ArrayList<>();
        Optional<LocalDate> date = Optional.empty();
        String trimmed = rawDate.strip();
        if (trimmed.isEmpty()) {
            problems.add(Problem.of(MeetingMacros.DATE, "alongside.meeting.problem.date.missing"));
        } else {
            date = LenientDates.parse(trimmed);
            if (date.isEmpty()) {
                problems.add(Problem.of(MeetingMacros.DATE, "alongside.meeting.problem.date.invalid",
                        trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed));
            }
        }
        // The same person written twice chaired once; duplicates would otherwise look like a repeat to nobody.
        Map<String, PersonRef> chairs = new LinkedHashMap<>();
        body.ifPresent(element -> PeopleInStorage.read(element).forEach(p -> chairs.putIfAbsent(p.key(), p)));
        List<PersonRef> kept = new ArrayList<>(chairs.values());
        if (kept.isEmpty()) {
            problems.add(Problem.of("chairs", "alongside.meeting.problem.chair.missing"));
        } else if (kept.size() > Meeting.MAX_CHAIRS) {
            problems.add(Problem.of("chairs", "alongside.meeting.problem.chair.many", Meeting.MAX_CHAIRS));
            kept = kept.subList(0, Meeting.MAX_CHAIRS);
        }
        return new ParsedMeeting(new Meeting(date, kept), problems);
    }
}
