package app.alongside.confluence.meeting.sync;

import app.alongside.confluence.decision.sync.PageSnapshot;
import app.alongside.meeting.MeetingIndex;
import app.alongside.meeting.MeetingMacros;
import app.alongside.meeting.MeetingReader;
import app.alongside.meeting.ParsedMeeting;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Puts one page's meeting into the meeting index. Most pages record no meeting and cost nothing here: the index is
 * only asked to forget a page's meeting when the caller says the page may have held one (its previous version did).
 * Storage that cannot be read leaves the page's row in place and is logged, as for decisions.
 */
@Named
public final class MeetingPageIndexer {

    private static final Logger log = LoggerFactory.getLogger(MeetingPageIndexer.class);

    private final MeetingIndex index;
    private final MeetingReader reader = new MeetingReader();

    @Inject
    public MeetingPageIndexer(MeetingIndex index) {
        this.index = index;
    }

    /**
     * Whether the page now records a meeting, or empty if its storage could not be read (the index keeps what it
     * had). {@code mayHaveHeldOne}: the index may hold a meeting for the page that its storage no longer records.
     * Database failures are thrown to the caller.
     */
    public Optional<Boolean> index(PageSnapshot snapshot, boolean mayHaveHeldOne) {
        Optional<ParsedMeeting> meeting;
        try {
            meeting = snapshot.storage().contains(MeetingMacros.MEETING)
                    ? reader.readPage(snapshot.storage()) : Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not read the meeting on page {} (space {}); the meeting index keeps what it "
                    + "had for that page until it is saved again: {}", snapshot.pageId(), snapshot.page().spaceKey(),
                    e.toString());
            return Optional.empty();
        }
        if (meeting.isPresent()) {
            index.replacePage(snapshot.page(), meeting.get().meeting());
            return Optional.of(true);
        }
        if (mayHaveHeldOne) {
            index.removePage(snapshot.pageId());
        }
        return Optional.of(false);
    }

    /** Whether some version of a page's storage records a meeting (so the index may hold one for it). */
    public static boolean mayRecordAMeeting(String storage) {
        return storage != null && storage.contains(MeetingMacros.MEETING);
    }
}
