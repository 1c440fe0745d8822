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

/**
 * Puts one page's participant profile into the directory's index: read the first profile macro with core's reader,
 * then replace what the index held for the page. Storage that cannot be read at all leaves the page's previous row
 * in place and is logged, so one broken edit never takes a person out of the directory; the next good save (or a
 * rebuild) brings the index up to date.
 */
@Named
public final class ParticipantPageIndexer {

    private static final Logger log = LoggerFactory.getLogger(ParticipantPageIndexer.class);

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
        try {
            // Most pages are not participant pages: skip parsing them, but still forget a profile someone deleted.
            profile = storage != null && storage.contains(ParticipantMacros.PROFILE)
                    ? reader.readPage(storage, pageTitle == null ? "" : pageTitle).map(ParsedProfile::profile)
                    : Optional.empty();
        } catch (RuntimeException e) {
            log.warn("Alongside: could not read the participant profile on page {} (space {}); the directory keeps "
                    + "what it had for that page until it is saved again: {}", pageId, spaceKey, e.toString());
            return Optional.empty();
        }
        index.replacePage(pageId, spaceKey, pageTitle, profile);
        return Optional.of(profile.isPresent());
    }
}
