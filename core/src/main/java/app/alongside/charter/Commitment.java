package app.alongside.charter;

import app.alongside.validation.Problem;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A promise in a charter that can be checked against what the group records. Stored in the charter macro's
 * {@code commitments} parameter as codes with an optional number, comma-separated:
 * {@code lived-experience-in-every-decision:2, you-said-answered-within:30, chair-rotates}. Codes are permanent once
 * released.
 */
public sealed interface Commitment permits Commitment.LivedExperienceInEveryDecision,
        Commitment.LivedExperienceAtAgenda, Commitment.YouSaidAnsweredWithin, Commitment.RecognisedWithin,
        Commitment.ChairRotates {

    String LIVED_EXPERIENCE_IN_EVERY_DECISION = "lived-experience-in-every-decision";
    String LIVED_EXPERIENCE_AT_AGENDA = "lived-experience-at-agenda";
    String YOU_SAID_ANSWERED_WITHIN = "you-said-answered-within";
    String RECOGNISED_WITHIN = "recognised-within";
    String CHAIR_ROTATES = "chair-rotates";

    /** Every code, in the order they are offered. */
    List<String> CODES = List.of(LIVED_EXPERIENCE_IN_EVERY_DECISION, LIVED_EXPERIENCE_AT_AGENDA,
            YOU_SAID_ANSWERED_WITHIN, RECOGNISED_WITHIN, CHAIR_ROTATES);

    int MAX_PEOPLE = 50;
    int MAX_DAYS = 3650;
    /** More than this many commitments in one charter are not read: nobody keeps score of a hundred promises. */
    int MAX_COMMITMENTS = 20;
    int MAX_PARAMETER_LENGTH = 2000;

    /** The stored code. */
    String code();

    /** The number stored after the code, if this kind of commitment has one. */
    Optional<Integer> number();

    /** i18n key of the commitment in plain English, with {@link #number()} as its one argument if present. */
    default String nameKey() {
        return "alongside.charter.commitment." + code() + ".name";
    }

    /** As stored: {@code code} or {@code code:number}. */
    default String storedForm() {
        return number().map(n -> code() + ":" + n).orElse(code());
    }

    /** At least {@code atLeast} people with lived experience take part in every decision. */
    record LivedExperienceInEveryDecision(int atLeast) implements Commitment {
        public static final int DEFAULT = 2;

        public LivedExperienceInEveryDecision {
            if (atLeast < 1 || atLeast > MAX_PEOPLE) {
                throw new IllegalArgumentException("atLeast must be 1 to " + MAX_PEOPLE);
            }
        }

        public String code() {
            return LIVED_EXPERIENCE_IN_EVERY_DECISION;
        }

        public Optional<Integer> number() {
            return Optional.of(atLeast);
        }
    }

    /** Lived experience is at the agenda stage of every decision. */
    record LivedExperienceAtAgenda() implements Commitment {
        public String code() {
            return LIVED_EXPERIENCE_AT_AGENDA;
        }

        public Optional<Integer> number() {
            return Optional.empty();
        }
    }

    /** Every "you said" gets an answer within {@code days} days. */
    record YouSaidAnsweredWithin(int days) implements Commitment {
        public static final int DEFAULT = 30;

        public YouSaidAnsweredWithin {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS);
            }
        }

        public String code() {
            return YOU_SAID_ANSWERED_WITHIN;
        }

        public Optional<Integer> number() {
            return Optional.of(days);
        }
    }

    /** Contributions are recognised (paid, or as the person chose) within {@code days} days. */
    record RecognisedWithin(int days) implements Commitment {
        public static final int DEFAULT = 30;

        public RecognisedWithin {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("days must be 1 to " + MAX_DAYS);
            }
        }

        public String code() {
            return RECOGNISED_WITHIN;
        }

        public Optional<Integer> number() {
            return Optional.of(days);
        }
    }

    /** The chair rotates between meetings. */
    record ChairRotates() implements Commitment {
        public String code() {
            return CHAIR_ROTATES;
        }

        public Optional<Integer> number() {
            return Optional.empty();
        }
    }

    /** The commitments read from a parameter, and what could not be read; the rest is always read. */
    record Parsed(List<Commitment> commitments, List<Problem> problems) {
        public Parsed {
            commitments = List.copyOf(commitments);
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the {@code commitments} parameter. Unknown codes and numbers out of range become problems; the same code
     * twice keeps the first.
     */
    static Parsed parseAll(String raw) {
        List<Commitment> commitments = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return new Parsed(commitments, problems);
        }
        String text = raw.length() > MAX_PARAMETER_LENGTH ? raw.substring(0, MAX_PARAMETER_LENGTH) : raw;
        Set<String> seen = new LinkedHashSet<>();
        for (String item : text.split("[,;\\n]")) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (commitments.size() >= MAX_COMMITMENTS) {
                problems.add(Problem.of(app.alongside.charter.CharterMacros.COMMITMENTS,
                        "alongside.charter.error.commitment.tooMany", MAX_COMMITMENTS));
                break;
            }
            Optional<Commitment> parsed = parse(trimmed, problems);
            if (parsed.isPresent() && seen.add(parsed.get().code())) {
                commitments.add(parsed.get());
            }
        }
        return new Parsed(commitments, problems);
    }

    private static Optional<Commitment> parse(String item, List<Problem> problems) {
        int colon = item.indexOf(':');
        String code = (colon < 0 ? item : item.substring(0, colon)).strip().toLowerCase(Locale.ROOT)
                .replace('_', '-').replace(' ', '-');
        if (code.equals("recognized-within")) {
            code = RECOGNISED_WITHIN;
        }
        Optional<String> number = colon < 0 ? Optional.empty()
                : Optional.of(item.substring(colon + 1).strip()).filter(n -> !n.isEmpty());
        String field = app.alongside.charter.CharterMacros.COMMITMENTS;
        if (!CODES.contains(code)) {
            problems.add(Problem.of(field, "alongside.charter.error.commitment.unknown", shortened(item),
                    String.join(", ", CODES)));
            return Optional.empty();
        }
        boolean numbered = !code.equals(LIVED_EXPERIENCE_AT_AGENDA) && !code.equals(CHAIR_ROTATES);
        if (!numbered) {
            if (number.isPresent()) {
                problems.add(Problem.of(field, "alongside.charter.error.commitment.number", code, shortened(number.get())));
            }
            return Optional.of(code.equals(CHAIR_ROTATES) ? new ChairRotates() : new LivedExperienceAtAgenda());
        }
        int max = code.equals(LIVED_EXPERIENCE_IN_EVERY_DECISION) ? MAX_PEOPLE : MAX_DAYS;
        int value;
        if (number.isEmpty()) {
            value = code.equals(LIVED_EXPERIENCE_IN_EVERY_DECISION) ? LivedExperienceInEveryDecision.DEFAULT
                    : YouSaidAnsweredWithin.DEFAULT;
        } else {
            Optional<Integer> read = wholeNumber(number.get(), max);
            if (read.isEmpty()) {
                problems.add(Problem.of(field, "alongside.charter.error.commitment.number", code, shortened(number.get())));
                return Optional.empty();
            }
            value = read.get();
        }
        return Optional.of(switch (code) {
            case LIVED_EXPERIENCE_IN_EVERY_DECISION -> new LivedExperienceInEveryDecision(value);
            case YOU_SAID_ANSWERED_WITHIN -> new YouSaidAnsweredWithin(value);
            default -> new RecognisedWithin(value);
        });
    }

    private static Optional<Integer> wholeNumber(String text, int max) {
        if (!text.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text);
        return value >= 1 && value <= max ? Optional.of(value) : Optional.empty();
    }

    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() > 100 ? stripped.substring(0, 100) + "…" : stripped;
    }
}
