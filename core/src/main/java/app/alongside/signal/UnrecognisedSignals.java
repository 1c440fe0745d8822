package app.alongside.signal;

import app.alongside.charter.Charter;
import app.alongside.charter.CharterStatus;
import app.alongside.charter.Commitment;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.decision.register.PageVisibility;
import app.alongside.charter.ChartersInSpaces;
import app.alongside.charter.ChartersInSpaces.CharterOnPage;
import app.alongside.reciprocity.RecognitionTimeliness;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the ledger says about a charter's promise that contributions are recognised within N days, per space, for
 * {@link SpaceSignals}: the charters are the ones insights reads ({@link ChartersInSpaces}), the counts those the
 * charter's own evaluation reads ({@link RecognitionTimeliness}), so the signal and the charter commitment agree.
 * Counts only, for the space as a whole: nothing here knows whose contribution waited.
 */
public final class UnrecognisedSignals {

    private final ChartersInSpaces charters;
    private final RecognitionTimeliness recognition;

    public UnrecognisedSignals(ChartersInSpaces charters, RecognitionTimeliness recognition) {
        this.charters = Objects.requireNonNull(charters, "charters");
        this.recognition = Objects.requireNonNull(recognition, "recognition");
    }

    /** {@link #in(Set, PageVisibility, LocalDate)} for one space. */
    public Optional<SpaceSignals.Unrecognised> in(String spaceKey, PageVisibility pages, LocalDate today) {
        Objects.requireNonNull(spaceKey, "spaceKey");
        return Optional.ofNullable(in(Set.of(spaceKey), pages, today).get(spaceKey));
    }

    /**
     * For each of the spaces covered by an agreed charter that promises recognition within a time — on a page of the
     * spaces the viewer may view, agreed on or before {@code today} — how many contributions given in that space
     * since the charter was agreed were recognised late or are owed past the deadline, with k for the space. Where
     * several charters cover a space, the most recently agreed one is the promise in force. Spaces with no such
     * charter are left out.
     */
    public Map<String, SpaceSignals.Unrecognised> in(Set<String> spaceKeys, PageVisibility pages, LocalDate today) {
        Objects.requireNonNull(spaceKeys, "spaceKeys");
        Objects.requireNonNull(pages, "pages");
        Objects.requireNonNull(today, "today");
        if (spaceKeys.isEmpty()) {
            return Map.of();
        }
        List<CharterOnPage> found = charters.in(new TreeSet<>(spaceKeys)).stream()
                .filter(onPage -> promise(onPage.charter(), today).isPresent()).toList();
        if (found.isEmpty()) {
            return Map.of();
        }
        Set<Long> ids = new HashSet<>();
        found.forEach(onPage -> ids.add(onPage.pageId()));
        Set<Long> visible = pages.visible(ids);
        return among(found.stream().filter(onPage -> visible.contains(onPage.pageId())).toList(), spaceKeys, today);
    }

    /**
     * As {@link #in(Set, PageVisibility, LocalDate)}, for a caller that has already read the charters and kept those
     * on pages the viewer may see (insights reads them once for its charter figures too).
     */
    public Map<String, SpaceSignals.Unrecognised> among(List<CharterOnPage> visibleCharters, Set<String> spaceKeys,
                                                        LocalDate today) {
        Objects.requireNonNull(visibleCharters, "visibleCharters");
        Objects.requireNonNull(spaceKeys, "spaceKeys");
        Objects.requireNonNull(today, "today");
        Map<String, SpaceSignals.Unrecognised> raised = new LinkedHashMap<>();
        for (String space : new TreeSet<>(spaceKeys)) {
            visibleCharters.stream().filter(onPage -> promise(onPage.charter(), today).isPresent())
                    .filter(onPage -> onPage.charter().spaces().contains(space))
                    .max(IN_FORCE)
                    .ifPresent(onPage -> raised.put(space, count(space, onPage.charter(), today)));
        }
        return raised;
    }

    private SpaceSignals.Unrecognised count(String space, Charter charter, LocalDate today) {
        int days = promise(charter, today).orElseThrow();
        LocalDate from = charter.agreedOn().orElse(CommitmentEvaluator.LEDGER_FLOOR);
        RecognitionTimeliness.Timeliness found = recognition.timeliness(Set.of(space), from, today, days, today);
        // Late and still owed both broke the promise; the months are added up so no month's small count is said.
        int overdue = found.months().stream().mapToInt(month -> month.overdue() + month.late()).sum();
        return new SpaceSignals.Unrecognised(days, overdue, found.threshold());
    }

    /** The days an agreed charter in force on {@code today} promises recognition within, if it does. */
    private static Optional<Integer> promise(Charter charter, LocalDate today) {
        if (charter.status() != CharterStatus.AGREED || charter.agreedOn().map(on -> on.isAfter(today)).orElse(false)) {
            return Optional.empty();
        }
        return charter.commitments().stream().filter(Commitment.RecognisedWithin.class::isInstance)
                .map(commitment -> ((Commitment.RecognisedWithin) commitment).days()).min(Integer::compare);
    }

    /** The most recently agreed (a charter agreed on no recorded day counts as oldest), then the newest page. */
    private static final Comparator<CharterOnPage> IN_FORCE = Comparator
            .comparing((CharterOnPage onPage) -> onPage.charter().agreedOn().orElse(LocalDate.MIN))
            .thenComparingLong(CharterOnPage::pageId);
}
