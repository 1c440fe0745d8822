package app.alongside.charter;

import app.alongside.principle.Framework;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SpaceKeys;
import app.alongside.storage.StorageDocument;
import app.alongside.storage.StorageFormatException;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.charter.CharterMacros.*;

/**
 * Reads a charter macro (its parameters and rich-text body) into a {@link Charter}, leniently: whatever cannot be
 * read becomes a {@link Problem} and the rest is still read. Never throws on what a page holds.
 */
public final class CharterReader {

    private static final int MAX_SPACES = 50;
    private static final int MAX_ECHO = 100;

    /**
     * The charter in a macro on a page of {@code ownSpaceKey}. {@code bodyStorage} is the storage inside
     * {@code ac:rich-text-body}, or empty.
     */
    public ParsedCharter readMacro(String ownSpaceKey, Map<String, String> parameters, String bodyStorage) {
        SpaceKeys.requireValid(ownSpaceKey);
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        List<Problem> problems = new ArrayList<>();

        String group = value(params, GROUP).orElse("");
        if (group.isEmpty()) {
            problems.add(Problem.of(GROUP, "alongside.charter.error.group.missing"));
        } else if (group.length() > Charter.MAX_GROUP_LENGTH) {
            problems.add(Problem.of(GROUP, "alongside.charter.error.group.long", Charter.MAX_GROUP_LENGTH));
            group = group.substring(0, Charter.MAX_GROUP_LENGTH);
        }

        Optional<Framework> framework = Optional.empty();
        Optional<String> rawFramework = value(params, FRAMEWORK);
        if (rawFramework.isPresent() && !rawFramework.get().equalsIgnoreCase(NO_FRAMEWORK)) {
            framework = Framework.fromParameter(rawFramework.get());
            if (framework.isEmpty()) {
                problems.add(Problem.of(FRAMEWORK, "alongside.charter.error.framework.unknown", echo(rawFramework.get())));
            }
        }

        Optional<DecisionRule> rule = Optional.empty();
        Optional<String> rawRule = value(params, DECISION_RULE);
        if (rawRule.isPresent()) {
            rule = DecisionRule.fromParameter(rawRule.get());
            if (rule.isEmpty()) {
                problems.add(Problem.of(DECISION_RULE, "alongside.charter.error.decisionRule.unknown", echo(rawRule.get())));
            }
        }

        Optional<ParityFraction> parity = Optional.empty();
        Optional<String> rawParity = value(params, PARITY);
        if (rawParity.isPresent()) {
            parity = parity(rawParity.get());
            if (parity.isEmpty()) {
                problems.add(Problem.of(PARITY, "alongside.charter.error.parity.unknown", echo(rawParity.get())));
            }
        }

        CharterStatus status = CharterStatus.DRAFT;
        Optional<String> rawStatus = value(params, STATUS);
        if (rawStatus.isPresent()) {
            Optional<CharterStatus> parsed = CharterStatus.fromParameter(rawStatus.get());
            if (parsed.isPresent()) {
                status = parsed.get();
            } else {
                problems.add(Problem.of(STATUS, "alongside.charter.error.status.unknown", echo(rawStatus.get())));
            }
        }

        Optional<LocalDate> agreedOn = date(params, AGREED_ON, problems);
        Optional<LocalDate> reviewOn = date(params, REVIEW_ON, problems);
        if (agreedOn.isPresent() && reviewOn.isPresent() && reviewOn.get().isBefore(agreedOn.get())) {
            problems.add(Problem.of(REVIEW_ON, "alongside.charter.error.review.beforeAgreed"));
        }

        List<String> spaces = spaces(ownSpaceKey, params, problems);

        Commitment.Parsed commitments = Commitment.parseAll(params.get(COMMITMENTS));
        problems.addAll(commitments.problems());

        String purpose = "";
        if (bodyStorage != null && !bodyStorage.isBlank()) {
            try {
                purpose = StorageDocument.innerStorage(StorageDocument.parse(bodyStorage).root()).strip();
            } catch (StorageFormatException e) {
                problems.add(Problem.of("body", "alongside.charter.error.body.unreadable"));
            }
        }
        Charter charter = new Charter(group, framework, rule, parity, status, agreedOn, reviewOn, spaces,
                commitments.commitments(), purpose);
        return new ParsedCharter(charter, problems);
    }

    private static List<String> spaces(String ownSpaceKey, Map<String, String> params, List<Problem> problems) {
        Set<String> spaces = new LinkedHashSet<>();
        Optional<String> raw = value(params, SPACES);
        if (raw.isPresent()) {
            for (String part : raw.get().split("[,;\\s]+")) {
                String key = part.strip();
                if (key.isEmpty()) {
                    continue;
                }
                if (!SpaceKeys.isValid(key)) {
                    problems.add(Problem.of(SPACES, "alongside.charter.error.space.invalid", echo(key)));
                } else if (spaces.size() >= MAX_SPACES) {
                    problems.add(Problem.of(SPACES, "alongside.charter.error.space.tooMany", MAX_SPACES));
                    break;
                } else {
                    spaces.add(key);
                }
            }
        }
        if (spaces.isEmpty()) {
            spaces.add(ownSpaceKey);
        }
        return List.copyOf(spaces);
    }

    /** "1/3", "33%", or the words people write: "one-third", "a half". */
    private static Optional<ParityFraction> parity(String raw) {
        String words = raw.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        if (words.startsWith("a-")) {
            words = words.substring(2);
        }
        return switch (words) {
            case "one-third", "third" -> Optional.of(ParityFraction.ONE_THIRD);
            case "one-half", "half" -> Optional.of(new ParityFraction(1, 2));
            case "one-quarter", "quarter" -> Optional.of(new ParityFraction(1, 4));
            case "two-thirds" -> Optional.of(new ParityFraction(2, 3));
            default -> ParityFraction.parse(raw.strip());
        };
    }

    private static Optional<String> value(Map<String, String> params, String name) {
        String raw = params.get(name);
        return raw == null ? Optional.empty() : Optional.of(raw.strip()).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(Map<String, String> params, String name, List<Problem> problems) {
        Optional<String> raw = value(params, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = LenientDates.parse(raw.get().length() > MAX_ECHO ? "" : raw.get());
        if (date.isEmpty()) {
            problems.add(Problem.of(name, "alongside.charter.error.date.invalid", echo(raw.get())));
        }
        return date;
    }

    private static String echo(String raw) {
        String stripped = raw.strip();
        return stripped.length() > MAX_ECHO ? stripped.substring(0, MAX_ECHO) + "…" : stripped;
    }
}
