package app.alongside.ladder;

import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;

import java.util.Objects;

/**
 * The evidence rules a space places its decisions by (docs/ladder.md). {@code parity}: the share of the people
 * deciding who must bring lived experience for co-design or co-production; {@code minimumSeats}: the fewest people
 * with lived experience deciding for either; {@code answerWithinDays}: how long a "you said" may wait for its
 * answer before it is a signal; {@code samePeopleDecisions}: how many decisions in a row made by the same one or two
 * people make a signal; {@code parityFromCharter}: the parity is the one the space's agreed charter asks for (higher than
 * its settings'), so the reasons can say so.
 */
public record LadderRules(ParityFraction parity, int minimumSeats, int answerWithinDays, int samePeopleDecisions,
                          boolean parityFromCharter) {

    public static final int DEFAULT_MINIMUM_SEATS = 2;
    public static final int DEFAULT_ANSWER_WITHIN_DAYS = 30;
    public static final int DEFAULT_SAME_PEOPLE_DECISIONS = 4;

    public static final LadderRules DEFAULTS = new LadderRules(ParityFraction.ONE_THIRD, DEFAULT_MINIMUM_SEATS,
            DEFAULT_ANSWER_WITHIN_DAYS, DEFAULT_SAME_PEOPLE_DECISIONS);

    public LadderRules(ParityFraction parity, int minimumSeats, int answerWithinDays, int samePeopleDecisions) {
        this(parity, minimumSeats, answerWithinDays, samePeopleDecisions, false);
    }

    public LadderRules {
        Objects.requireNonNull(parity, "parity");
        if (minimumSeats < 1 || minimumSeats > 50) {
            throw new IllegalArgumentException("minimumSeats must be 1 to 50");
        }
        if (answerWithinDays < 1 || answerWithinDays > 3650) {
            throw new IllegalArgumentException("answerWithinDays must be 1 to 3650");
        }
        if (samePeopleDecisions < 2 || samePeopleDecisions > 100) {
            throw new IllegalArgumentException("samePeopleDecisions must be 2 to 100");
        }
    }

    /** The defaults with the space's parity fraction. */
    public static LadderRules from(InvolvementSettings settings) {
        return new LadderRules(settings.parityFraction(), DEFAULT_MINIMUM_SEATS, DEFAULT_ANSWER_WITHIN_DAYS,
                DEFAULT_SAME_PEOPLE_DECISIONS);
    }

    /** These rules with the parity an agreed charter asks for. */
    public LadderRules withCharterParity(ParityFraction charterParity) {
        return new LadderRules(charterParity, minimumSeats, answerWithinDays, samePeopleDecisions, true);
    }
}
