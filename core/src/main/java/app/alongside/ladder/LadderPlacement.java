package app.alongside.ladder;

import app.alongside.evidence.Reason;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a decision sits on the ladder, computed from the record, with the reasons in plain English.
 *
 * <p>{@code rung} is what the record shows, never more: a total that is not shown (suppression) counts as not
 * evidenced. {@code couldBe} is the highest rung the hidden totals would allow, present only when it is higher, with
 * {@code unknowns} saying what is not known. {@code noEvidenceOfInvolvement}: nobody with lived experience is
 * recorded at any stage. {@code contradictions}: parts of the record that disagree with each other; the decision is
 * still placed on what the evidence supports. {@code claimed}: the level the group itself claimed, shown beside.
 */
public record LadderPlacement(LadderRung rung, ArnsteinRung arnsteinRung, Optional<LadderRung> couldBe,
                              boolean noEvidenceOfInvolvement, List<Reason> reasons, List<Reason> unknowns,
                              List<Reason> contradictions, Optional<LadderRung> claimed) {

    public LadderPlacement {
        Objects.requireNonNull(rung, "rung");
        Objects.requireNonNull(arnsteinRung, "arnsteinRung");
        Objects.requireNonNull(couldBe, "couldBe");
        if (couldBe.isPresent() && couldBe.get().compareTo(rung) <= 0) {
            throw new IllegalArgumentException("couldBe must be above the evidenced rung");
        }
        reasons = List.copyOf(reasons);
        unknowns = List.copyOf(unknowns);
        contradictions = List.copyOf(contradictions);
        Objects.requireNonNull(claimed, "claimed");
    }

    public LadderRung.Band band() {
        return rung.band();
    }

    /** The group claimed a higher rung than the record shows. */
    public boolean claimedAboveEvidence() {
        return claimed.map(c -> c.compareTo(rung) > 0).orElse(false);
    }

    /** Something about the placement is not known because a total is not shown. */
    public boolean isPartlyKnown() {
        return !unknowns.isEmpty();
    }
}
