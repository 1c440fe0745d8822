package app.alongside.perspective;

import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.PageVisibility;
import app.alongside.people.PersonRef;
import app.alongside.settings.SettingsService;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/**
 * The one way any feature asks how many people with lived experience took part — in a stage of a decision, in a
 * decision, or in a space over a period — and gets a {@link SuppressedCount} with the space's k. People are counted
 * once however many times they appear (a user and their participant page are one person); people are never named.
 */
public final class InvolvementTotals {

    private final PerspectiveStore store;
    private final SubjectResolver resolver;
    private final DecisionIndex index;
    private final SettingsService settings;

    public InvolvementTotals(PerspectiveStore store, SubjectResolver resolver, DecisionIndex index,
                             SettingsService settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Among these people (of a decision in {@code spaceKey}). */
    public SuppressedCount livedExperienceAmong(Collection<PersonRef> people, String spaceKey) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /** At one stage of a decision on a page of {@code spaceKey}. */
    public SuppressedCount atStage(Decision decision, Stage stage, String spaceKey) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /** At any stage of a decision. */
    public SuppressedCount inDecision(Decision decision, String spaceKey) {
        throw new UnsupportedOperationException("to be implemented");
    }

    /**
     * Everyone who took part in any decision of the space decided between {@code from} and {@code to} (inclusive),
     * counting only decisions on pages the viewer may see.
     */
    public SuppressedCount inSpace(String spaceKey, LocalDate from, LocalDate to, PageVisibility visibility) {
        throw new UnsupportedOperationException("to be implemented");
    }
}
