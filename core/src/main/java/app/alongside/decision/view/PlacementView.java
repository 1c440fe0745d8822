package app.alongside.decision.view;

import java.util.List;
import java.util.Objects;

/**
 * Where a decision sits on the ladder, in words, for the card: the evidenced rung with its band and Arnstein's rung
 * beside it, the group's claimed level beside that (and plainly when the claim is higher), how high it could be when
 * totals are hidden, and, inside "Why this rung?", the reasons, what is not known, what disagrees, and each signal
 * with its reason, details and acknowledgement. Nothing here names a person's perspective: only the reasons as
 * given, from totals the card already shows.
 */
public record PlacementView(String heading, String rungLabel, String rungValue, String rungLine, String bandLabel,
                            String bandValue, String bandName, String arnsteinLabel, String arnsteinLine,
                            String claimedLabel, String claimedLine, boolean claimedAbove, String claimedAboveText,
                            String couldBe, String noEvidence, List<String> reasons, List<String> unknowns,
                            List<String> contradictions, List<SignalView> signals, AcknowledgeForm form,
                            Words words) {

    public PlacementView {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(rungLabel, "rungLabel");
        Objects.requireNonNull(rungValue, "rungValue");
        Objects.requireNonNull(rungLine, "rungLine");
        Objects.requireNonNull(bandLabel, "bandLabel");
        Objects.requireNonNull(bandValue, "bandValue");
        Objects.requireNonNull(bandName, "bandName");
        Objects.requireNonNull(arnsteinLabel, "arnsteinLabel");
        Objects.requireNonNull(arnsteinLine, "arnsteinLine");
        Objects.requireNonNull(claimedLabel, "claimedLabel");
        Objects.requireNonNull(claimedLine, "claimedLine");
        claimedAboveText = claimedAboveText == null ? "" : claimedAboveText;
        couldBe = couldBe == null ? "" : couldBe;
        noEvidence = noEvidence == null ? "" : noEvidence;
        reasons = List.copyOf(reasons);
        unknowns = List.copyOf(unknowns);
        contradictions = List.copyOf(contradictions);
        signals = List.copyOf(signals);
        Objects.requireNonNull(words, "words");
    }

    public boolean hasCouldBe() {
        return !couldBe.isEmpty();
    }

    public boolean hasNoEvidence() {
        return !noEvidence.isEmpty();
    }

    public boolean hasUnknowns() {
        return !unknowns.isEmpty();
    }

    public boolean hasContradictions() {
        return !contradictions.isEmpty();
    }

    public boolean hasSignals() {
        return !signals.isEmpty();
    }

    /** Readers who may acknowledge signals get a form (no JavaScript needed); others see acknowledgements only. */
    public boolean hasForm() {
        return form != null;
    }

    /**
     * One tokenism signal: a warning to talk about, never a block. {@code number}: the kind's bit, what forms and
     * markup use (codes such as "decided-without-lived-experience" would put a perspective word in the markup).
     */
    public record SignalView(String code, int number, String name, String reason, List<String> details, boolean acknowledged,
                             String acknowledgedLine, String note) {
        public SignalView {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(reason, "reason");
            details = List.copyOf(details);
            acknowledgedLine = acknowledgedLine == null ? "" : acknowledgedLine;
            note = note == null ? "" : note;
        }

        public boolean hasDetails() {
            return !details.isEmpty();
        }
    }

    /**
     * Where the acknowledge form posts: {@code action} (the servlet), the XSRF token's field name and value, the
     * decision's page and local id; with the form's words.
     */
    public record AcknowledgeForm(String action, String tokenName, String token, long pageId, String localId,
                                  String noteLabel, String noteHint, String submitLabel, String withdrawLabel,
                                  int maxNote) {
        public AcknowledgeForm {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(tokenName, "tokenName");
            token = token == null ? "" : token;
            Objects.requireNonNull(localId, "localId");
            noteLabel = noteLabel == null ? "" : noteLabel;
            noteHint = noteHint == null ? "" : noteHint;
            submitLabel = submitLabel == null ? "" : submitLabel;
            withdrawLabel = withdrawLabel == null ? "" : withdrawLabel;
        }
    }

    /** Where a reader's acknowledgement posts, from the adapter; the view adds the form's words. */
    public record Post(String action, String tokenName, String token, long pageId, String localId) {
        public Post {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(tokenName, "tokenName");
            token = token == null ? "" : token;
            Objects.requireNonNull(localId, "localId");
        }
    }

    /** Fixed words of the placement. */
    public record Words(String why, String reasonsHeading, String unknownsHeading, String contradictionsHeading,
                       String signalsHeading, String signalsIntro, String noSignals) {
        public Words {
            Objects.requireNonNull(why, "why");
            Objects.requireNonNull(reasonsHeading, "reasonsHeading");
            Objects.requireNonNull(unknownsHeading, "unknownsHeading");
            Objects.requireNonNull(contradictionsHeading, "contradictionsHeading");
            Objects.requireNonNull(signalsHeading, "signalsHeading");
            Objects.requireNonNull(signalsIntro, "signalsIntro");
            Objects.requireNonNull(noSignals, "noSignals");
        }
    }
}
