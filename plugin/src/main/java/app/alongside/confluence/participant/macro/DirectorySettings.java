package app.alongside.confluence.participant.macro;

import app.alongside.participant.ParticipantMacros;
import app.alongside.settings.SpaceKeys;
import app.alongside.validation.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a directory shows: the spaces it covers and its layout (set on the page, by the macro's parameters), and a
 * skill, an interest and a name to look for, which the macro may set and a reader may search for through the address
 * ({@code ?alongside-directory-skill=baking}). A reader's search replaces the page's own skill or interest; it never
 * widens the spaces. A bad value on the page is a problem for the page's author to fix.
 */
final class DirectorySettings {

    /** Address parameters start with this, so that they never clash with Confluence's own. */
    static final String PREFIX = "alongside-directory-";
    static final String NAME = "q";
    static final String SKILL = ParticipantMacros.SKILL;
    static final String INTEREST = ParticipantMacros.INTEREST;
    static final List<String> READER_PARAMETERS = List.of(NAME, SKILL, INTEREST);

    static final int MAX_SPACES = 50;
    /** Longer searches are cut: no skill, interest or name is longer than a profile allows. */
    static final int MAX_SEARCH_LENGTH = 255;
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;\\s]+");

    /**
     * @param spaceKeys      the spaces asked for, in order (empty exactly when {@code problems} says why)
     * @param readerFiltered whether the reader searched for anything
     */
    record Result(List<String> spaceKeys, boolean table, Optional<String> skill, Optional<String> interest,
                  Optional<String> name, boolean readerFiltered, List<Problem> problems) {
    }

    private DirectorySettings() {
    }

    /**
     * @param macroParameters   the macro's parameters
     * @param addressParameters the request's {@code alongside-directory-*} parameters, without the prefix
     * @param currentSpaceKey   the space of the page being rendered (the default for {@code spaces}), or blank
     */
    static Result read(Map<String, String> macroParameters, Map<String, String> addressParameters,
                       String currentSpaceKey) {
        Map<String, String> page = macroParameters == null ? Map.of() : macroParameters;
        Map<String, String> address = addressParameters == null ? Map.of() : addressParameters;
        List<Problem> problems = new ArrayList<>();

        Set<String> spaces = new LinkedHashSet<>();
        String spacesValue = page.getOrDefault(ParticipantMacros.SPACES, "").strip();
        if (spacesValue.isEmpty()) {
            if (SpaceKeys.isValid(currentSpaceKey)) {
                spaces.add(currentSpaceKey);
            } else {
                problems.add(Problem.of(ParticipantMacros.SPACES, "alongside.directory.problem.spaces.none"));
            }
        } else {
            List<String> invalid = new ArrayList<>();
            for (String key : LIST_SEPARATORS.split(spacesValue)) {
                if (key.isEmpty()) {
                    continue;
                }
                if (SpaceKeys.isValid(key)) {
                    spaces.add(key);
                } else {
                    invalid.add(key.length() > 40 ? key.substring(0, 40) + "\u2026" : key);
                }
            }
            if (!invalid.isEmpty()) {
                problems.add(Problem.of(ParticipantMacros.SPACES, "alongside.directory.problem.spaces.invalid",
                        String.join(", ", invalid)));
            } else if (spaces.size() > MAX_SPACES) {
                problems.add(Problem.of(ParticipantMacros.SPACES, "alongside.directory.problem.spaces.tooMany",
                        MAX_SPACES));
            } else if (spaces.isEmpty()) {
                problems.add(Problem.of(ParticipantMacros.SPACES, "alongside.directory.problem.spaces.none"));
            }
        }

        String layout = page.getOrDefault(ParticipantMacros.LAYOUT, "").strip().toLowerCase(Locale.ROOT);
        boolean table = layout.equals("table");
        if (!layout.isEmpty() && !table && !layout.equals("cards")) {
            problems.add(Problem.of(ParticipantMacros.LAYOUT, "alongside.directory.problem.layout.invalid",
                    shorten(page.get(ParticipantMacros.LAYOUT))));
        }

        Optional<String> readerName = text(address.get(NAME));
        Optional<String> readerSkill = text(address.get(SKILL));
        Optional<String> readerInterest = text(address.get(INTEREST));
        boolean readerFiltered = readerName.isPresent() || readerSkill.isPresent() || readerInterest.isPresent();
        Optional<String> skill = readerSkill.or(() -> text(page.get(ParticipantMacros.SKILL)));
        Optional<String> interest = readerInterest.or(() -> text(page.get(ParticipantMacros.INTEREST)));

        return new Result(problems.isEmpty() ? List.copyOf(spaces) : List.of(), table, skill, interest, readerName,
                readerFiltered, problems);
    }

    /** Text to search for: trimmed, at most {@link #MAX_SEARCH_LENGTH} characters; blank is nothing. */
    static Optional<String> text(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > MAX_SEARCH_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_SEARCH_LENGTH)).strip();
        }
        return Optional.of(text);
    }

    private static String shorten(String value) {
        String text = value == null ? "" : value.strip();
        return text.length() > 40 ? text.substring(0, 40) + "\u2026" : text;
    }
}
