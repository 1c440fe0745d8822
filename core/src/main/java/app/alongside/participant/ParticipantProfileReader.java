package app.alongside.participant;

import java.util.Map;
import java.util.Optional;

/**
 * Reads participant profiles from page storage: lenient (what is wrong becomes a problem, with safe values), never
 * throws on hostile or malformed storage. Skills and interests are split on commas (and semicolons), trimmed,
 * de-duplicated ignoring case, each at most {@link ParticipantProfile#MAX_SHORT_TEXT} characters and at most
 * {@link ParticipantProfile#MAX_LIST_ITEMS} items; unknown access codes become a problem naming the valid ones; a
 * missing name falls back to the page title with a problem.
 */
public final class ParticipantProfileReader {

    /** The first profile macro on the page, if any. */
    public Optional<ParsedProfile> readPage(String pageStorage, String pageTitle) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * One macro as Confluence hands it over: parameters (the {@code user} parameter as the user key the adapter
     * resolved, or absent) and body storage.
     */
    public ParsedProfile readMacro(Map<String, String> parameters, String bodyStorage, String pageTitle) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
