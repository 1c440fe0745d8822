package app.alongside.ladder;

import app.alongside.perspective.SuppressedCount;

/**
 * What a decision card shows about lived experience at one stage, as a kind rather than a number: kept with a stored
 * placement so insights can count "involvement by stage" in SQL without ever holding a total that was not shown.
 */
public enum StageShown {
    /** The total is shown and is more than zero. */
    WITH_LIVED_EXPERIENCE,
    /** The total is shown and is zero. */
    WITHOUT,
    /** People were recorded, but the total is not shown (suppression). */
    NOT_SHOWN,
    /** Nobody was recorded at the stage. */
    NOBODY_RECORDED;

    /** {@code people}: how many were recorded at the stage; {@code total}: the stage's total as it may be shown. */
    public static StageShown of(int people, SuppressedCount total) {
        if (people == 0) {
            return NOBODY_RECORDED;
        }
        if (total instanceof SuppressedCount.Shown shown) {
            return shown.value() > 0 ? WITH_LIVED_EXPERIENCE : WITHOUT;
        }
        return NOT_SHOWN;
    }
}
