package app.alongside.confluence.participant.sync;

import app.alongside.participant.ParsedProfile;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantMacros;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.ParticipantProfileReader;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts one page's participant profile into the directory's index: read the first profile macro with core's reader,
 * then replace what the index held for the page. Storage that cannot be read at all leaves the page's previous row
 * in place and is logged, so one broken edit never takes a person out of the directory; the next good save (or a
 * rebuild) brings the index up to date.
 */
@Named
public final class ParticipantPageIndexer {

    private static final Logger log = LoggerFactory.getLogger(ParticipantPageIndexer.class);
    /** The profile macro itself, not the directory macro whose name begins the same way. */
    private static final Pattern PROFILE_MACRO =
            Pattern.compile("ac:name\\s*=\\s*[\"']" + Pattern.quote(ParticipantMacros.PROFILE) + "[\"']");

    private final ParticipantIndex index;
    private final ParticipantProfileReader reader;

    @Inject
    public ParticipantPageIndexer(ParticipantIndex index, ParticipantProfileReader reader) {
        this.index = index;
        this.reader = reader;
    }

    /**
     * Whether the page now has a profile in the index, or empty if its storage could not be read (the index keeps
     * what it had). Database failures are thrown to the caller.
     */
    public Optional<Boolean> index(long pageId, String spaceKey, String pageTitle, String storage) {
        Optional<ParticipantProfile> profile;
        // Most pages are not participant pages: skip parsing them, but still forget a profile someone deleted.
        if (storage == null || !storage.contains(ParticipantMacros.PROFILE)) {
            profile = Optional.empty();
        } else {
            try {
                profile = reader.readPage(storage, pageTitle == null ? "" : pageTitle).map(ParsedProfile::profile);
            } catch (RuntimeException e) {
                return unreadable(pageId, spaceKey, e.toString());
            }
            // The reader finds nothing in storage it cannot parse; a profile macro is there, so that is what happened.
            if (profile.isEmpty() && PROFILE_MACRO.matcher(storage).find()) {
                return unreadable(pageId, spaceKey, "the page's storage could not be parsed");
            }
        }
        index.replacePage(pageId, spaceKey, pageTitle, profile);
        return Optional.of(profile.isPresent());
    }

    private static Optional<Boolean> unreadable(long pageId, String spaceKey, String why) {
        log.warn("Alongside: could not read the participant profile on page {} (space {}); the directory keeps what "
                + "it had for that page until it is saved again: {}", pageId, spaceKey, why);
        return Optional.empty();
    }
}
