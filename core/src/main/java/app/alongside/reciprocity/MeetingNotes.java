package app.alongside.reciprocity;

import app.alongside.people.PersonRef;
import app.alongside.storage.StorageDocument;
import app.alongside.storage.StorageFormatException;
import app.alongside.time.LenientDates;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What "record time for this meeting" pre-fills from a meeting's notes (storage format): everyone @mentioned
 * ({@code <ri:user ri:userkey>}) or linked by page ({@code <ri:page ri:content-title>}, which may be a participant
 * page) in the order they first appear, and the meeting's date — the first date inserted in the page
 * ({@code <time datetime="2026-10-14"/>}), else one in its title. Which pages are participant pages is the
 * adapter's question; links to other pages simply resolve to nobody.
 */
public final class MeetingNotes {

    /** More links than any meeting has people; the rest are not read. */
    public static final int MAX_PEOPLE = 200;

    private MeetingNotes() {
    }

    public record Read(List<PersonRef> people, Optional<LocalDate> date) {
        public Read {
            people = List.copyOf(people);
        }
    }

    /** Unreadable storage reads as no one and no date: the form is still offered, to be filled in by hand. */
    public static Read read(String storage, String title) {
        StorageDocument document;
        try {
            document = StorageDocument.parse(storage);
        } catch (StorageFormatException unreadable) {
            return new Read(List.of(), titleDate(title));
        }
        Set<PersonRef> people = new LinkedHashSet<>();
        collect(document.root(), people);
        Optional<LocalDate> date = Optional.empty();
        NodeList times = document.root().getElementsByTagName("time");
        for (int i = 0; i < times.getLength() && date.isEmpty(); i++) {
            date = LenientDates.parse(((Element) times.item(i)).getAttribute("datetime"));
        }
        return new Read(new ArrayList<>(people), date.or(() -> titleDate(title)));
    }

    private static void collect(Element scope, Set<PersonRef> people) {
        NodeList all = scope.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength() && people.size() < MAX_PEOPLE; i++) {
            Element element = (Element) all.item(i);
            if (!StorageDocument.RI.equals(element.getNamespaceURI())) {
                continue;
            }
            if ("user".equals(element.getLocalName())) {
                String key = element.getAttributeNS(StorageDocument.RI, "userkey").strip();
                if (!key.isEmpty() && key.length() <= 250) {
                    people.add(new PersonRef.User(key));
                }
            } else if ("page".equals(element.getLocalName())) {
                String title = element.getAttributeNS(StorageDocument.RI, "content-title").strip();
                if (!title.isEmpty() && title.length() <= 255) {
                    people.add(new PersonRef.Page(element.getAttributeNS(StorageDocument.RI, "space-key").strip(),
                            title));
                }
            }
        }
    }

    /** A date somewhere in the title, as its words: "Group meeting 14 October 2026" or "… 14/10/2026". */
    private static Optional<LocalDate> titleDate(String title) {
        if (title == null || title.length() > 255) {
            return Optional.empty();
        }
        String[] words = title.strip().split("\\s+");
        for (int length = 4; length >= 1; length--) {
            for (int start = 0; start + length <= words.length; start++) {
                Optional<LocalDate> date = LenientDates.parse(String.join(" ",
                        java.util.Arrays.copyOfRange(words, start, start + length)));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
