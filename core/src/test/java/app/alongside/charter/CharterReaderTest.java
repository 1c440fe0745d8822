package app.alongside.charter;

import app.alongside.principle.Framework;
import app.alongside.settings.ParityFraction;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class CharterReaderTest {

    private final CharterReader reader = new CharterReader();

    @Test
    public void aCompleteCharterIsReadWithoutProblems() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of(
                "group", "Recovery College Co-production Group",
                "framework", "4Pi",
                "decisionRule", "majority",
                "parity", "one-third",
                "status", "agreed",
                "agreedOn", "14 October 2026",
                "reviewOn", "14/10/2027",
                "spaces", "COPRO, ward-b",
                "commitments", "lived-experience-in-every-decision:3, lived-experience-at-agenda, "
                        + "you-said-answered-within:21, recognised-within, chair-rotates"),
                "<p>We change how the college runs courses.</p>");

        assertEquals(List.of(), parsed.problems());
        Charter charter = parsed.charter();
        assertEquals("Recovery College Co-production Group", charter.group());
        assertEquals(Optional.of(Framework.FOUR_PI), charter.framework());
        assertEquals(Optional.of(DecisionRule.MAJORITY), charter.decisionRule());
        assertEquals(Optional.of(ParityFraction.ONE_THIRD), charter.parity());
        assertEquals(CharterStatus.AGREED, charter.status());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), charter.agreedOn());
        assertEquals(Optional.of(LocalDate.of(2027, 10, 14)), charter.reviewOn());
        assertEquals(List.of("COPRO", "ward-b"), charter.spaces());
        assertEquals(List.of(new Commitment.LivedExperienceInEveryDecision(3), new Commitment.LivedExperienceAtAgenda(),
                new Commitment.YouSaidAnsweredWithin(21), new Commitment.RecognisedWithin(30),
                new Commitment.ChairRotates()), charter.commitments());
        assertEquals("<p>We change how the college runs courses.</p>", charter.purposeStorage());
    }

    @Test
    public void numberedCommitmentsWithoutANumberTakeTheirDefaults() {
        Charter charter = read(Map.of("commitments", "lived-experience-in-every-decision, you-said-answered-within"));

        assertEquals(List.of(new Commitment.LivedExperienceInEveryDecision(2), new Commitment.YouSaidAnsweredWithin(30)),
                charter.commitments());
    }

    @Test
    public void anEmptyMacroIsADraftCheckedAgainstItsOwnSpaceAndAsksForAGroupName() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of(), null);

        assertEquals(CharterStatus.DRAFT, parsed.charter().status());
        assertEquals(List.of("COPRO"), parsed.charter().spaces());
        assertEquals(List.of(), parsed.charter().commitments());
        assertEquals(Optional.empty(), parsed.charter().framework());
        assertEquals(List.of(Problem.of("group", "alongside.charter.error.group.missing")), parsed.problems());
    }

    @Test
    public void frameworkNoneMeansTheGroupWroteItsOwnPrinciples() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", "G", "framework", "none"), "");

        assertEquals(Optional.empty(), parsed.charter().framework());
        assertEquals(List.of(), parsed.problems());
    }

    @Test
    public void unknownCommitmentCodesAreProblemsAndTheRestIsStillRead() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", "G",
                "commitments", "chair-rotates, free-biscuits:3, lived-experience-at-agenda"), "");

        assertEquals(List.of(new Commitment.ChairRotates(), new Commitment.LivedExperienceAtAgenda()),
                parsed.charter().commitments());
        assertEquals(List.of(Problem.of("commitments", "alongside.charter.error.commitment.unknown", "free-biscuits:3",
                String.join(", ", Commitment.CODES))), parsed.problems());
    }

    @Test
    public void badNumbersAreProblemsNamingTheCommitment() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", "G",
                "commitments", "you-said-answered-within:soon, lived-experience-in-every-decision:0, "
                        + "recognised-within:99999999999, chair-rotates:2, lived-experience-at-agenda"), "");

        // A number where none belongs is a problem, but the promise itself is still clear.
        assertEquals(List.of(new Commitment.ChairRotates(), new Commitment.LivedExperienceAtAgenda()),
                parsed.charter().commitments());
        assertEquals(List.of(
                Problem.of("commitments", "alongside.charter.error.commitment.number", "you-said-answered-within", "soon"),
                Problem.of("commitments", "alongside.charter.error.commitment.number",
                        "lived-experience-in-every-decision", "0"),
                Problem.of("commitments", "alongside.charter.error.commitment.number", "recognised-within", "99999999999"),
                Problem.of("commitments", "alongside.charter.error.commitment.number", "chair-rotates", "2")),
                parsed.problems().subList(0, 4));
    }

    @Test
    public void theSameCommitmentTwiceKeepsTheFirst() {
        Charter charter = read(Map.of("commitments", "you-said-answered-within:14, you-said-answered-within:60"));

        assertEquals(List.of(new Commitment.YouSaidAnsweredWithin(14)), charter.commitments());
    }

    @Test
    public void unknownValuesAndImpossibleDatesAreProblemsNotFailures() {
        Map<String, String> params = new HashMap<>();
        params.put("group", "G");
        params.put("framework", "astrology");
        params.put("decisionRule", "whoever shouts");
        params.put("parity", "lots");
        params.put("status", "finished");
        params.put("agreedOn", "31 June 2026");
        params.put("reviewOn", "30/02/2027");
        params.put("spaces", "COPRO, <script>, ");

        ParsedCharter parsed = reader.readMacro("OWN", params, "");

        assertEquals(List.of(
                Problem.of("framework", "alongside.charter.error.framework.unknown", "astrology"),
                Problem.of("decisionRule", "alongside.charter.error.decisionRule.unknown", "whoever shouts"),
                Problem.of("parity", "alongside.charter.error.parity.unknown", "lots"),
                Problem.of("status", "alongside.charter.error.status.unknown", "finished"),
                Problem.of("agreedOn", "alongside.charter.error.date.invalid", "31 June 2026"),
                Problem.of("reviewOn", "alongside.charter.error.date.invalid", "30/02/2027"),
                Problem.of("spaces", "alongside.charter.error.space.invalid", "<script>")), parsed.problems());
        assertEquals(CharterStatus.DRAFT, parsed.charter().status());
        assertEquals(Optional.empty(), parsed.charter().agreedOn());
        assertEquals(List.of("COPRO"), parsed.charter().spaces());
    }

    @Test
    public void aReviewDateBeforeTheCharterWasAgreedIsAProblem() {
        ParsedCharter parsed = reader.readMacro("COPRO",
                Map.of("group", "G", "agreedOn", "2026-10-14", "reviewOn", "2026-01-01"), "");

        assertEquals(List.of(Problem.of("reviewOn", "alongside.charter.error.review.beforeAgreed")), parsed.problems());
    }

    @Test
    public void hostileTextIsKeptAsTextNotMarkup() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", "<img src=x onerror=alert(1)>",
                "commitments", "<script>alert(1)</script>"),
                "<p>&lt;script&gt;alert(1)&lt;/script&gt; our purpose</p>");

        assertEquals("<img src=x onerror=alert(1)>", parsed.charter().group());
        assertEquals("<script>alert(1)</script>", parsed.problems().get(0).arguments().get(0));
        assertTrue(parsed.charter().purposeStorage().contains("&lt;script&gt;"));
        assertFalse(parsed.charter().purposeStorage().contains("<script>"));
    }

    @Test
    public void aMalformedBodyIsAProblemAndTheParametersAreStillRead() {
        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", "G", "commitments", "chair-rotates"),
                "<p>unclosed <b>bold</p>");

        assertEquals(List.of(Problem.of("body", "alongside.charter.error.body.unreadable")), parsed.problems());
        assertEquals("", parsed.charter().purposeStorage());
        assertEquals(List.of(new Commitment.ChairRotates()), parsed.charter().commitments());
    }

    @Test
    public void overlongInputIsCutShortNotTrusted() {
        String longGroup = "g".repeat(10_000);
        String manyCommitments = "chair-rotates,".repeat(5_000);

        ParsedCharter parsed = reader.readMacro("COPRO", Map.of("group", longGroup, "commitments", manyCommitments,
                "agreedOn", "1".repeat(5_000)), "");

        assertEquals(Charter.MAX_GROUP_LENGTH, parsed.charter().group().length());
        assertEquals(List.of(new Commitment.ChairRotates()), parsed.charter().commitments());
        assertTrue(parsed.problems().stream().allMatch(p -> p.arguments().get(0).length() <= 101));
    }

    @Test
    public void theCommitmentsParameterIsBoundedInHowManyItReads() {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            raw.append("unknown-").append(i).append(',');
        }
        raw.append("chair-rotates");

        Commitment.Parsed parsed = Commitment.parseAll(raw.toString());

        assertEquals(List.of(new Commitment.ChairRotates()), parsed.commitments());
        assertEquals(30, parsed.problems().size());
    }

    @Test
    public void theStoredFormRoundTrips() {
        for (Commitment commitment : List.of(new Commitment.LivedExperienceInEveryDecision(4),
                new Commitment.LivedExperienceAtAgenda(), new Commitment.YouSaidAnsweredWithin(14),
                new Commitment.RecognisedWithin(10), new Commitment.ChairRotates())) {
            assertEquals(List.of(commitment), Commitment.parseAll(commitment.storedForm()).commitments());
        }
    }

    private Charter read(Map<String, String> extra) {
        Map<String, String> params = new HashMap<>(extra);
        params.put("group", "G");
        ParsedCharter parsed = reader.readMacro("COPRO", params, "");
        assertEquals(List.of(), parsed.problems());
        return parsed.charter();
    }
}
