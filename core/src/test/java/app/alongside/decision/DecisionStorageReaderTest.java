package app.alongside.decision;

import app.alongside.ladder.LadderRung;
import app.alongside.people.PersonRef;
import app.alongside.storage.StorageFormatException;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class DecisionStorageReaderTest {

    private final DecisionStorageReader reader = new DecisionStorageReader();

    static final String LIBRARY_DECISION = """
            <p>Notes from the meeting&nbsp;&mdash; all welcome.</p>
            <ac:structured-macro ac:name="alongside-decision" ac:schema-version="1" ac:macro-id="m-1">
              <ac:parameter ac:name="id">d-library</ac:parameter>
              <ac:parameter ac:name="title">Move the Tuesday session to the library</ac:parameter>
              <ac:parameter ac:name="status">decided</ac:parameter>
              <ac:parameter ac:name="decidedOn">14/10/2026</ac:parameter>
              <ac:parameter ac:name="reviewOn">2027-04-14</ac:parameter>
              <ac:parameter ac:name="claimed">co-production</ac:parameter>
              <ac:rich-text-body>
                <p>We will meet at the <strong>central library</strong> from November.</p>
                <ac:structured-macro ac:name="alongside-stage">
                  <ac:parameter ac:name="stage">agenda</ac:parameter>
                  <ac:rich-text-body><p><ac:link><ri:user ri:userkey="u-alex"/></ac:link>, Jordan Lee and
                    <ac:link><ri:page ri:content-title="Priya Shah" ri:space-key="RC"/></ac:link></p></ac:rich-text-body>
                </ac:structured-macro>
                <ac:structured-macro ac:name="alongside-stage">
                  <ac:parameter ac:name="stage">deciding</ac:parameter>
                  <ac:rich-text-body><ul><li><ac:link><ri:user ri:userkey="u-alex"/></ac:link></li><li>Sam</li></ul></ac:rich-text-body>
                </ac:structured-macro>
                <ac:structured-macro ac:name="alongside-you-said">
                  <ac:parameter ac:name="by"><ri:user ri:userkey="u-jordan"/></ac:parameter>
                  <ac:parameter ac:name="response">adapted</ac:parameter>
                  <ac:parameter ac:name="answer">We booked the ground-floor room so it is step-free.</ac:parameter>
                  <ac:parameter ac:name="saidOn">1 October 2026</ac:parameter>
                  <ac:parameter ac:name="answeredOn">2026-10-14</ac:parameter>
                  <ac:rich-text-body><p>The library has stairs at the front.</p></ac:rich-text-body>
                </ac:structured-macro>
                <ac:structured-macro ac:name="alongside-you-said">
                  <ac:parameter ac:name="response">pending</ac:parameter>
                  <ac:rich-text-body><p>Could we have hot drinks?</p></ac:rich-text-body>
                </ac:structured-macro>
              </ac:rich-text-body>
            </ac:structured-macro>
            """;

    @Test
    public void readsEveryFieldOfAWellWrittenDecision() {
        List<ParsedDecision> parsed = reader.readPage(LIBRARY_DECISION);

        assertEquals(1, parsed.size());
        Decision decision = parsed.get(0).decision();
        assertEquals(List.of(), parsed.get(0).problems());
        assertEquals("d-library", decision.localId());
        assertEquals("Move the Tuesday session to the library", decision.title());
        assertEquals(DecisionStatus.DECIDED, decision.status());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 14)), decision.decidedOn());
        assertEquals(Optional.of(LocalDate.of(2027, 4, 14)), decision.reviewOn());
        assertEquals(Optional.of(LadderRung.CO_PRODUCTION), decision.claimed());
    }

    @Test
    public void stagesListUsersParticipantPagesAndTypedNamesOnceEach() {
        Decision decision = reader.readPage(LIBRARY_DECISION).get(0).decision();

        assertEquals(List.of(new PersonRef.User("u-alex"), new PersonRef.Named("Jordan Lee"),
                new PersonRef.Page("RC", "Priya Shah")), decision.peopleAt(Stage.AGENDA));
        assertEquals(List.of(new PersonRef.User("u-alex"), new PersonRef.Named("Sam")), decision.peopleAt(Stage.DECIDING));
        assertEquals(List.of(), decision.peopleAt(Stage.REVIEWING));
        assertEquals(4, decision.everyone().size());
    }

    @Test
    public void contributionsKeepWhoSaidWhatAndTheAnswer() {
        Decision decision = reader.readPage(LIBRARY_DECISION).get(0).decision();

        Contribution first = decision.contributions().get(0);
        assertEquals("The library has stairs at the front.", first.said());
        assertEquals(Optional.of(new PersonRef.User("u-jordan")), first.by());
        assertEquals(Response.ADAPTED, first.response());
        assertEquals("We booked the ground-floor room so it is step-free.", first.answer());
        assertEquals(Optional.of(LocalDate.of(2026, 10, 1)), first.saidOn());
        Contribution second = decision.contributions().get(1);
        assertTrue(second.isAnonymous());
        assertEquals(LoopState.OPEN, decision.loop());
    }

    @Test
    public void outcomeIsTheBodyWithoutTheStageAndYouSaidMacros() {
        Decision decision = reader.readPage(LIBRARY_DECISION).get(0).decision();

        assertEquals("We will meet at the central library from November.", decision.outcomeText());
        assertTrue(decision.outcomeStorage().contains("<strong>central library</strong>"));
        assertFalse(decision.outcomeStorage().contains("alongside-stage"));
        assertFalse(decision.outcomeStorage().contains("xmlns"));
    }

    @Test
    public void badValuesFallBackSafelyAndAreEachReported() {
        String storage = """
                <ac:structured-macro ac:name="alongside-decision">
                  <ac:parameter ac:name="status">sort of decided</ac:parameter>
                  <ac:parameter ac:name="decidedOn">31/06/2026</ac:parameter>
                  <ac:parameter ac:name="claimed">top rung</ac:parameter>
                  <ac:rich-text-body>
                    <ac:structured-macro ac:name="alongside-stage"><ac:parameter ac:name="stage">lunch</ac:parameter></ac:structured-macro>
                    <ac:structured-macro ac:name="alongside-you-said">
                      <ac:parameter ac:name="response">not-adopted</ac:parameter>
                      <ac:rich-text-body><p>Meet on Saturdays</p></ac:rich-text-body>
                    </ac:structured-macro>
                  </ac:rich-text-body>
                </ac:structured-macro>""";

        ParsedDecision parsed = reader.readPage(storage).get(0);

        assertEquals(DecisionStatus.PROPOSED, parsed.decision().status());
        assertEquals(Optional.empty(), parsed.decision().decidedOn());
        assertEquals(List.of(
                "alongside.decision.problem.title.missing",
                "alongside.decision.problem.status.unknown",
                "alongside.decision.problem.date.invalid",
                "alongside.decision.problem.claimed.unknown",
                "alongside.decision.problem.stage.unknown",
                "alongside.decision.problem.answer.reasonMissing"),
                parsed.problems().stream().map(Problem::messageKey).toList());
        assertFalse("not adopted without a reason is not an answer",
                parsed.decision().contributions().get(0).isAnswered());
    }

    @Test
    public void decisionsWithoutIdsGetStableOnesFromMacroIdOrPosition() {
        String storage = """
                <ac:structured-macro ac:name="alongside-decision" ac:macro-id="abc-123"><ac:parameter ac:name="title">A</ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="alongside-decision"><ac:parameter ac:name="title">B</ac:parameter></ac:structured-macro>
                <ac:structured-macro ac:name="alongside-decision"><ac:parameter ac:name="id">abc-123</ac:parameter><ac:parameter ac:name="title">C</ac:parameter></ac:structured-macro>""";

        List<String> ids = reader.readPage(storage).stream().map(p -> p.decision().localId()).toList();

        assertEquals(List.of("abc-123", "n2", "abc-123-3"), ids);
    }

    @Test
    public void reviewDateBeforeDecisionDateIsFlagged() {
        String storage = """
                <ac:structured-macro ac:name="alongside-decision"><ac:parameter ac:name="title">T</ac:parameter>
                <ac:parameter ac:name="decidedOn">2026-10-14</ac:parameter><ac:parameter ac:name="reviewOn">2026-01-01</ac:parameter>
                </ac:structured-macro>""";

        assertEquals("alongside.decision.problem.review.beforeDecided",
                reader.readPage(storage).get(0).problems().get(0).messageKey());
    }

    @Test
    public void pageWithoutDecisionsHasNone() {
        assertEquals(List.of(), reader.readPage("<p>Just notes</p>"));
        assertEquals(List.of(), reader.readPage(""));
    }

    @Test(expected = StorageFormatException.class)
    public void malformedStorageIsReportedNotGuessed() {
        reader.readPage("<p>unclosed <ac:structured-macro ac:name=\"alongside-decision\">");
    }

    @Test(expected = StorageFormatException.class)
    public void doctypeAndExternalEntitiesAreRefused() {
        reader.readPage("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><p>&e;</p>");
    }

    @Test
    public void hostileTextIsKeptAsTextForTemplatesToEscape() {
        String storage = """
                <ac:structured-macro ac:name="alongside-decision">
                <ac:parameter ac:name="title">&lt;script&gt;alert(1)&lt;/script&gt;</ac:parameter></ac:structured-macro>""";

        assertEquals("<script>alert(1)</script>", reader.readPage(storage).get(0).decision().title());
    }

    @Test
    public void unknownNamedEntitiesStayVisible() {
        String storage = "<ac:structured-macro ac:name=\"alongside-decision\"><ac:parameter ac:name=\"title\">Caf&eacute; &madeup;</ac:parameter></ac:structured-macro>";

        assertEquals("Café &madeup;", reader.readPage(storage).get(0).decision().title());
    }

    @Test
    public void macroBodyAloneCanBeRead() {
        ParsedDecision parsed = reader.readMacro("d-1", Map.of("title", "Hot drinks", "status", "in-delivery"),
                "<p>Yes.</p><ac:structured-macro ac:name=\"alongside-stage\"><ac:parameter ac:name=\"stage\">delivering</ac:parameter>"
                        + "<ac:rich-text-body><p>Chris</p></ac:rich-text-body></ac:structured-macro>");

        assertEquals(DecisionStatus.IN_DELIVERY, parsed.decision().status());
        assertEquals(List.of(new PersonRef.Named("Chris")), parsed.decision().peopleAt(Stage.DELIVERING));
        assertEquals("Yes.", parsed.decision().outcomeText());
    }
}
