package app.alongside.participant;

import app.alongside.storage.StorageDocument;
import app.alongside.storage.StorageFormatException;
import app.alongside.validation.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static app.alongside.participant.ParticipantMacros.*;

/**
 * Reads participant profiles from page storage: lenient (what is wrong becomes a problem, with safe values), never
 * throws on hostile or malformed storage. Skills and interests are split on commas (and semicolons), trimmed,
 * de-duplicated ignoring case, each at most {@link ParticipantProfile#MAX_SHORT_TEXT} characters and at most
 * {@link ParticipantProfile#MAX_LIST_ITEMS} items; unknown access codes become a problem naming the valid ones; a
 * missing name falls back to the page title with a problem.
 *
 * <p>Plain-text values have their whitespace collapsed and control characters removed; lengths count characters
 * (code points), so any script or emoji fits the same limits. Text that is too long is cut to the limit with a
 * problem, so nothing a person wrote makes the page fail to show.</p>
 */
public final class ParticipantProfileReader {

    /** The field of a problem with the "what I bring" body. */
    public static final String BODY = "body";
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[,;]");
    private static final int MAX_ECHO = 64;
    /**
     * Deeper storage is refused before parsing: the XML library writes and reads text back recursively, so thousands
     * of nested elements would exhaust the stack. Pages from Confluence's editor nest a few dozen deep at most.
     */
    static final int MAX_DEPTH = 500;
    private static final String VALID_ACCESS_CODES = Arrays.stream(AccessNeed.values()).map(AccessNeed::code)
            .collect(Collectors.joining(", "));

    /**
     * The first profile macro on the page, if any. Storage that cannot be read (malformed, a DTD, too large) gives
     * empty, as a page without a profile: the caller logs it; the page itself still shows whatever Confluence can.
     */
    public Optional<ParsedProfile> readPage(String pageStorage, String pageTitle) {
        if (tooDeep(pageStorage)) {
            return Optional.empty();
        }
        try {
            List<Element> macros = StorageDocument.parse(pageStorage).macros(PROFILE);
            if (macros.isEmpty()) {
                return Optional.empty();
            }
            Element macro = macros.get(0);
            Map<String, String> parameters = new HashMap<>();
            Optional<String> userKey = Optional.empty();
            for (Element child : StorageDocument.children(macro)) {
                if (StorageDocument.AC.equals(child.getNamespaceURI()) && "parameter".equals(child.getLocalName())) {
                    String name = child.getAttributeNS(StorageDocument.AC, "name");
                    if (USER.equals(name)) {
                        userKey = linkedUserKey(child);
                    } else {
                        parameters.putIfAbsent(name, StorageDocument.text(child));
                    }
                }
            }
            Optional<Element> body = StorageDocument.richTextBody(macro);
            String bodyStorage = body.map(StorageDocument::innerStorage).orElse("").strip();
            String bodyText = body.map(StorageDocument::text).orElse("");
            return Optional.of(read(parameters, userKey, bodyStorage, bodyText, pageTitle, new ArrayList<>()));
        } catch (StorageFormatException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * One macro as Confluence hands it over: parameters (the {@code user} parameter as the user key the adapter
     * resolved, or absent) and body storage. A body that cannot be read is left out, with a problem on
     * {@value #BODY}.
     */
    public ParsedProfile readMacro(Map<String, String> parameters, String bodyStorage, String pageTitle) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        List<Problem> problems = new ArrayList<>();
        String storage = "";
        String text = "";
        if (bodyStorage != null && !bodyStorage.isBlank()) {
            try {
                if (tooDeep(bodyStorage)) {
                    throw new StorageFormatException("nested more than " + MAX_DEPTH + " deep");
                }
                text = StorageDocument.text(StorageDocument.parse(bodyStorage).root());
                storage = bodyStorage.strip();
            } catch (StorageFormatException unreadable) {
                problems.add(Problem.of(BODY, "alongside.participant.error.body.unreadable"));
            }
        }
        Optional<String> userKey = Optional.ofNullable(given.get(USER)).map(ParticipantProfileReader::plain)
                .filter(key -> !key.isEmpty());
        return read(given, userKey, storage, text, pageTitle, problems);
    }

    private static ParsedProfile read(Map<String, String> parameters, Optional<String> userKey, String bodyStorage,
                                      String bodyText, String pageTitle, List<Problem> problems) {
        int max = ParticipantProfile.MAX_SHORT_TEXT;
        Optional<String> name = text(parameters, NAME, max, problems);
        if (name.isEmpty()) {
            problems.add(Problem.of(NAME, "alongside.participant.error.name.missing"));
            String title = cut(plain(pageTitle), max);
            name = Optional.of(title.isEmpty() ? "?" : title);
        }
        Optional<String> preferredName = text(parameters, PREFERRED_NAME, max, problems);
        Optional<String> pronouns = text(parameters, PRONOUNS, max, problems);
        Optional<String> photo = text(parameters, PHOTO, max, problems);
        List<String> skills = list(parameters, SKILLS, problems);
        List<String> interests = list(parameters, INTERESTS, problems);
        Set<AccessNeed> access = accessNeeds(parameters.get(ACCESS), problems);
        Optional<String> accessNotes = text(parameters, ACCESS_NOTES, ParticipantProfile.MAX_NOTE_TEXT, problems);
        Optional<String> availability = text(parameters, AVAILABILITY, ParticipantProfile.MAX_NOTE_TEXT, problems);
        Optional<String> user = userKey.filter(key -> key.length() <= max);
        if (userKey.isPresent() && user.isEmpty()) {
            problems.add(Problem.of(USER, "alongside.participant.error.tooLong", USER, max));
        }
        ParticipantProfile profile = new ParticipantProfile(name.get(), preferredName, pronouns, user, photo, skills,
                interests, access, accessNotes, availability, bodyStorage, bodyText);
        return new ParsedProfile(profile, problems);
    }

    private static Optional<String> text(Map<String, String> parameters, String field, int max,
                                         List<Problem> problems) {
        String value = plain(parameters.get(field));
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (codePoints(value) > max) {
            problems.add(Problem.of(field, "alongside.participant.error.tooLong", field, max));
            value = cut(value, max);
        }
        return Optional.of(value);
    }

    private static List<String> list(Map<String, String> parameters, String field, List<Problem> problems) {
        String raw = parameters.get(field);
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        int max = ParticipantProfile.MAX_SHORT_TEXT;
        List<String> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean tooLong = false;
        boolean tooMany = false;
        for (String part : LIST_SEPARATORS.split(raw)) {
            String item = plain(part);
            if (item.isEmpty()) {
                continue;
            }
            if (codePoints(item) > max) {
                tooLong = true;
                item = cut(item, max);
            }
            if (!seen.add(item.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (items.size() == ParticipantProfile.MAX_LIST_ITEMS) {
                tooMany = true;
                break;
            }
            items.add(item);
        }
        if (tooLong) {
            problems.add(Problem.of(field, "alongside.participant.error.tooLong", field, max));
        }
        if (tooMany) {
            problems.add(Problem.of(field, "alongside.participant.error.tooMany", field,
                    ParticipantProfile.MAX_LIST_ITEMS));
        }
        return items;
    }

    private static Set<AccessNeed> accessNeeds(String raw, List<Problem> problems) {
        Set<AccessNeed> needs = EnumSet.noneOf(AccessNeed.class);
        if (raw == null || raw.isBlank()) {
            return needs;
        }
        int unknown = 0;
        for (String part : LIST_SEPARATORS.split(raw)) {
            String value = plain(part);
            if (value.isEmpty()) {
                continue;
            }
            Optional<AccessNeed> need = AccessNeed.fromCode(value);
            if (need.isPresent()) {
                needs.add(need.get());
            } else if (unknown++ < ParticipantProfile.MAX_LIST_ITEMS) {
                problems.add(Problem.of(ACCESS, "alongside.participant.error.access.unknown", cut(value, MAX_ECHO),
                        VALID_ACCESS_CODES));
            }
        }
        return needs;
    }

    /** The user key of the {@code <ri:user ri:userkey="…"/>} in a parameter, at any depth. */
    private static Optional<String> linkedUserKey(Element parameter) {
        NodeList users = parameter.getElementsByTagNameNS(StorageDocument.RI, "user");
        for (int i = 0; i < users.getLength(); i++) {
            String key = plain(((Element) users.item(i)).getAttributeNS(StorageDocument.RI, "userkey"));
            if (!key.isEmpty()) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    /** One line of plain text: control characters removed, whitespace (non-breaking included) collapsed. */
    static String plain(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().map(c -> Character.isISOControl(c) || c == '\u00a0' ? ' ' : c).forEach(out::appendCodePoint);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String cut(String text, int max) {
        return codePoints(text) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max)).strip();
    }

    /**
     * Whether elements nest more than {@link #MAX_DEPTH} deep: a quick scan of the tags (comments, CDATA, doctype
     * and processing instructions skipped; quoted attribute values may hold '>'). Malformed storage is left for the
     * parser to refuse.
     */
    static boolean tooDeep(String storage) {
        if (storage == null) {
            return false;
        }
        int depth = 0;
        int i = storage.indexOf('<');
        while (i >= 0 && i + 1 < storage.length()) {
            char next = storage.charAt(i + 1);
            int end;
            if (storage.startsWith("<!--", i)) {
                end = indexAfter(storage, "-->", i + 4);
            } else if (storage.startsWith("<![CDATA[", i)) {
                end = indexAfter(storage, "]]>", i + 9);
            } else if (next == '!' || next == '?') {
                end = indexAfter(storage, ">", i + 2);
            } else {
                end = tagEnd(storage, i + 1);
                if (end < 0) {
                    return false;
                }
                if (next == '/') {
                    depth--;
                } else if (storage.charAt(end - 2) != '/' && ++depth > MAX_DEPTH) {
                    return true;
                }
            }
            if (end < 0) {
                return false;
            }
            i = storage.indexOf('<', end);
        }
        return false;
    }

    private static int indexAfter(String text, String marker, int from) {
        int at = text.indexOf(marker, from);
        return at < 0 ? -1 : at + marker.length();
    }

    /** The index just after the '>' closing a tag, skipping quoted attribute values; -1 if it never closes. */
    private static int tagEnd(String text, int from) {
        char quote = 0;
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return -1;
    }
}
