package app.alongside.confluence.charter.rest;

import java.util.List;

/** What the charters resource answers, as JSON. Names only for people who signed; no roles, no perspectives. */
public final class CharterJson {

    private CharterJson() {
    }

    /** A charter as the caller may see it. */
    public record CharterStateJson(long pageId, int version, String group, String status, boolean reviewDue,
                                   String reviewOn, List<CommitmentJson> commitments, SigningJson signing,
                                   TrendJson checkIns) {
    }

    /** One commitment: its code, what it promises, its state (kept, at-risk, broken, cannot-evaluate), why. */
    public record CommitmentJson(String code, String name, String state, String stateName, List<String> reasons,
                                 List<EvidenceJson> evidence) {
    }

    public record EvidenceJson(Long decisionId, long pageId, String title, String date, String note) {
    }

    /** Where the caller stands (anonymous, not-signed, signed, signed-earlier-version) and who signed. */
    public record SigningJson(String viewer, String viewerText, List<SignerJson> signers) {
    }

    public record SignerJson(String name, int version, boolean current) {
    }

    /** The check-in trend: k, the frequency, and each period's results (a mean only where k answered). */
    public record TrendJson(int threshold, String frequency, boolean answeredThisPeriod, List<PeriodJson> periods) {
    }

    public record PeriodJson(String period, String name, int responses, List<PrincipleJson> principles,
                             List<String> comments) {
    }

    public record PrincipleJson(String code, String name, int responses, String mean, String notShown) {
    }
}
