package app.alongside.confluence.perspective.web;

import app.alongside.perspective.view.HeldView;

import java.util.List;
import java.util.Objects;

/**
 * The facilitator's screen, in words. Either {@code picker} (find a person: nobody's perspective is shown) or
 * {@code person} (one person: what is held for them, the form, withdrawal), never both, so no list of names ever
 * sits beside a perspective.
 */
public record FacilitatorPage(String title, String intro, String notice, String error,
                         ScreenParts.Confirmation confirmation,
                              Picker picker, Person person) {

    public FacilitatorPage {
        Objects.requireNonNull(title, "title");
        if ((picker == null) == (person == null)) {
            throw new IllegalArgumentException("the screen shows the picker or one person");
        }
    }

    public boolean hasNotice() {
        return notice != null;
    }

    public boolean hasError() {
        return error != null;
    }

    public boolean hasConfirmation() {
        return confirmation != null;
    }

    public boolean isPicking() {
        return picker != null;
    }

    /** Finding someone: participant pages by name, or an account by username. */
    public record Picker(ScreenParts.LookupForm search, ScreenParts.LookupForm username, String resultsHeading,
                         String resultsText, List<ScreenParts.PersonLink> results) {
        public Picker {
            Objects.requireNonNull(search, "search");
            Objects.requireNonNull(username, "username");
            results = List.copyOf(results);
        }

        public boolean hasResults() {
            return !results.isEmpty();
        }

        public boolean hasResultsText() {
            return resultsText != null && !resultsText.isEmpty();
        }
    }

    /** One person: who, what is held for them (read, and so audited), the form and withdrawal. */
    public record Person(String name, String backLink, String backLabel, String heldHeading, HeldView held,
                         String nothingHeld, String formHeading, ScreenParts.Section withdraw) {
        public Person {
            Objects.requireNonNull(name, "name");
            ScreenParts.requireSitePath(backLink);
        }

        public boolean hasHeld() {
            return held != null;
        }
    }
}
