package app.alongside.charter.checkin;

import java.util.Objects;
import java.util.Optional;

/**
 * One anonymous answer to "how well did we live this principle?": a score from 1 to 5 and an optional comment of at
 * most {@value #MAX_COMMENT} characters (code points, so any script or emoji counts as one each). Never a person.
 */
public record CheckInAnswer(String principleCode, int score, Optional<String> comment) {

    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;
    public static final int MAX_COMMENT = 1000;
    public static final int MAX_PRINCIPLE_CODE = 100;

    public CheckInAnswer {
        Objects.requireNonNull(comment, "comment");
        if (principleCode == null || principleCode.isBlank() || principleCode.length() > MAX_PRINCIPLE_CODE) {
            throw new IllegalArgumentException("a principle code is not blank and at most "
                    + MAX_PRINCIPLE_CODE + " characters");
        }
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("a score is 1 to 5: " + score);
        }
        comment = comment.map(String::strip).filter(c -> !c.isEmpty());
        if (comment.isPresent() && comment.get().codePointCount(0, comment.get().length()) > MAX_COMMENT) {
            throw new IllegalArgumentException("a comment is at most " + MAX_COMMENT + " characters");
        }
    }
}
