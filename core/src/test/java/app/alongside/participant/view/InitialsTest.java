package app.alongside.participant.view;

import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class InitialsTest {

    @Test
    public void firstLettersOfTheFirstAndLastWords() {
        assertEquals("PS", Initials.of("Priya Shah"));
        assertEquals("MJ", Initials.of("mary-anne de la Jones"));
    }

    @Test
    public void oneWordGivesOneLetter() {
        assertEquals("Z", Initials.of("Zoë"));
    }

    @Test
    public void nameInAnotherScriptGivesItsOwnLetters() {
        assertEquals("مع", Initials.of("محمد علي"));
        assertEquals("王", Initials.of("王小明"));
    }

    @Test
    public void punctuationAndEmojiAreSkippedButANameOfEmojiStillGetsAnAvatar() {
        assertEquals("SO", Initials.of("😊 Sam O’Neill"));
        assertEquals("😊", Initials.of("😊"));
    }

    @Test
    public void blankNameGivesNoLetters() {
        assertEquals("", Initials.of("  "));
        assertEquals("", Initials.of(null));
    }
}
