package app.alongside.perspective.view;

import java.util.List;
import java.util.Objects;

/**
 * A current declaration as its own person (or a facilitator acting with their consent) reads it: the perspectives in
 * words, their own words, whether it shows on their page, the consent wording agreed to and when. Names nobody: who
 * recorded it is in the consent history, away from the perspectives.
 */
public record HeldView(String heading, String perspectivesLabel, List<String> perspectives, String ownWordsLabel,
                       String ownWords, String showOnPageText, String consentLabel, String consentWording,
                       String consentGiven, String recordedHow, String version) {

    public HeldView {
        Objects.requireNonNull(heading, "heading");
        perspectives = List.copyOf(perspectives);
        ownWords = ownWords == null ? "" : ownWords;
    }

    public boolean hasOwnWords() {
        return !ownWords.isEmpty();
    }
}
