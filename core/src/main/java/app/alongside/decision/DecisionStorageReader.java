package app.alongside.decision;

import app.alongside.ladder.LadderRung;
import app.alongside.people.PeopleInStorage;
import app.alongside.people.PersonRef;
import app.alongside.storage.StorageDocument;
import app.alongside.time.LenientDates;
import app.alongside.validation.Problem;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static app.alongside.decision.DecisionMacros.*;

/**
 * Reads decisions from page storage format: each {@code alongside-decision} macro, its parameters, and inside its
 * body the {@code alongside-stage} macros (who took part at each stage) and {@code alongside-you-said} macros
 * (contributions and their answers). Everything else in the body is the outcome.
 * See docs/storage-format.md.
 */
public final class DecisionStorageReader {

    private static final int MAX_DECISIONS_PER_PAGE = 500;

    /** Every decision on a page, in page order. Throws {@link app.alongside.storage.StorageFormatException} for unreadable storage. */
    public List<ParsedDecision> readPage(String pageStorage) {
        StorageDocument document = StorageDocument.parse(pageStorage);
        List<ParsedDecision> decisions = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        int ordinal = 0;
        for (Element macro : document.macros(DECISION)) {
            if (isInsideAnotherDecision(macro) || decisions.size() >= MAX_DECISIONS_PER_PAGE) {
                continue;
            }
            ordinal++;
            Map<String, String> parameters = parameters(macro);
            String localId = localId(parameters, macro.getAttributeNS(StorageDocument.AC, "macro-id"), ordinal);
            if (!usedIds.add(localId)) {
                localId = localId + "-" + ordinal;
                usedIds.add(localId);
            }
            decisions.add(read(localId, parameters, StorageDocument.richTextBody(macro)));
        }
        return decisions;
    }

    /**
     * One decision from the parameters and storage body a macro receives. {@code body} is the storage inside
     * {@code ac:rich-text-body}, or empty.
     */
    public ParsedDecision readMacro(String localId, Map<String, String> parameters, String bodyStorage) {
        Optional<Element> body = bodyStorage == null || bodyStorage.isBlank()
                ? Optional.empty() : Optional.of(StorageDocument.parse(bodyStorage).root());
        return read(localId, parameters, body);
    }

    private ParsedDecision read(String localId, Map<String, String> parameters, Optional<Element> body) {
        List<Problem> problems = new ArrayList<>();
        String title = parameters.getOrDefault(TITLE, "").strip();
        if (title.isEmpty()) {
            problems.add(Problem.of(TITLE, "alongside.decision.problem.title.missing"));
        } else if (title.length() > Decision.MAX_TITLE_LENGTH) {
            problems.add(Problem.of(TITLE, "alongside.decision.problem.title.long", Decision.MAX_TITLE_LENGTH));
            title = title.substring(0, Decision.MAX_TITLE_LENGTH);
        }
        DecisionStatus status = DecisionStatus.PROPOSED;
        String rawStatus = parameters.get(STATUS);
        if (rawStatus != null && !rawStatus.isBlank()) {
            Optional<DecisionStatus> parsed = DecisionStatus.fromParameter(rawStatus);
            if (parsed.isPresent()) {
                status = parsed.get();
            } else {
                problems.add(Problem.of(STATUS, "alongside.decision.problem.status.unknown", rawStatus.strip()));
            }
        }
        Optional<LocalDate> decidedOn = date(parameters, DECIDED_ON, problems);
        Optional<LocalDate> reviewOn = date(parameters, REVIEW_ON, problems);
        if (decidedOn.isPresent() && reviewOn.isPresent() && reviewOn.get().isBefore(decidedOn.get())) {
            problems.add(Problem.of(REVIEW_ON, "alongside.decision.problem.review.beforeDecided"));
        }
        Optional<String> supersededBy = Optional.ofNullable(parameters.get(SUPERSEDED_BY)).map(String::strip)
                .filter(s -> !s.isEmpty());
        if (status == DecisionStatus.SUPERSEDED && supersededBy.isEmpty()) {
            problems.add(Problem.of(SUPERSEDED_BY, "alongside.decision.problem.supersededBy.missing"));
        }
        Optional<LadderRung> claimed = Optional.empty();
        String rawClaimed = parameters.get(CLAIMED);
        if (rawClaimed != null && !rawClaimed.isBlank() && !rawClaimed.strip().equalsIgnoreCase("not-stated")) {
            claimed = LadderRung.fromParameter(rawClaimed);
            if (claimed.isEmpty()) {
                problems.add(Problem.of(CLAIMED, "alongside.decision.problem.claimed.unknown", rawClaimed.strip()));
            }
        }

        Map<Stage, List<PersonRef>> stages = new EnumMap<>(Stage.class);
        List<Contribution> contributions = new ArrayList<>();
        String outcomeStorage = "";
        String outcomeText = "";
        if (body.isPresent()) {
            Element content = (Element) body.get().cloneNode(true);
            for (Element stageMacro : StorageDocument.macros(content, STAGE)) {
                readStage(stageMacro, stages, problems);
            }
            for (Element saidMacro : StorageDocument.macros(content, YOU_SAID)) {
                contributions.add(readContribution(saidMacro, contributions.size() + 1, problems));
            }
            removeAll(StorageDocument.macros(content, STAGE));
            removeAll(StorageDocument.macros(content, YOU_SAID));
            outcomeStorage = StorageDocument.innerStorage(content).strip();
            outcomeText = StorageDocument.text(content);
        }
        Decision decision = new Decision(localId, title, status, supersededBy, decidedOn, reviewOn, claimed,
                outcomeStorage, outcomeText, stages, contributions);
        return new ParsedDecision(decision, problems);
    }

    private void readStage(Element macro, Map<Stage, List<PersonRef>> stages, List<Problem> problems) {
        String raw = StorageDocument.parameter(macro, STAGE_NAME).map(StorageDocument::text).orElse("");
        Optional<Stage> stage = Stage.fromParameter(raw);
        if (stage.isEmpty()) {
            problems.add(Problem.of(STAGE_NAME, "alongside.decision.problem.stage.unknown", raw));
            return;
        }
        List<PersonRef> people = new ArrayList<>(stages.getOrDefault(stage.get(), List.of()));
        StorageDocument.richTextBody(macro).ifPresent(body -> people.addAll(people(body)));
        stages.put(stage.get(), people);
    }

    private Contribution readContribution(Element macro, int number, List<Problem> problems) {
        Optional<PersonRef> by = StorageDocument.parameter(macro, BY).flatMap(p -> people(p).stream().findFirst());
        Map<String, String> parameters = parameters(macro);
        Response response = Response.PENDING;
        String rawResponse = parameters.get(RESPONSE);
        if (rawResponse != null && !rawResponse.isBlank()) {
            Optional<Response> parsed = Response.fromParameter(rawResponse);
            if (parsed.isPresent()) {
                response = parsed.get();
            } else {
                problems.add(Problem.of(RESPONSE, "alongside.decision.problem.response.unknown", number, rawResponse.strip()));
            }
        }
        String answer = parameters.getOrDefault(ANSWER, "");
        if (response == Response.NOT_ADOPTED && answer.isBlank()) {
            problems.add(Problem.of(ANSWER, "alongside.decision.problem.answer.reasonMissing", number));
        }
        String said = StorageDocument.richTextBody(macro).map(StorageDocument::text).orElse("");
        if (said.isEmpty()) {
            problems.add(Problem.of("said", "alongside.decision.problem.said.empty", number));
        }
        return new Contribution(said, by, date(parameters, SAID_ON, problems), response, answer,
                date(parameters, ANSWERED_ON, problems));
    }

    /** People mentioned in a stage or a contribution's "by", read as every Alongside body names people. */
    static List<PersonRef> people(Element container) {
        return PeopleInStorage.read(container);
    }

    private static Map<String, String> parameters(Element macro) {
        Map<String, String> parameters = new HashMap<>();
        for (Element child : StorageDocument.children(macro)) {
            if (StorageDocument.AC.equals(child.getNamespaceURI()) && "parameter".equals(child.getLocalName())) {
                parameters.put(child.getAttributeNS(StorageDocument.AC, "name"), StorageDocument.text(child));
            }
        }
        return parameters;
    }

    private static Optional<LocalDate> date(Map<String, String> parameters, String name, List<Problem> problems) {
        String raw = parameters.get(name);
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = LenientDates.parse(raw);
        if (date.isEmpty()) {
            problems.add(Problem.of(name, "alongside.decision.problem.date.invalid", raw.strip()));
        }
        return date;
    }

    private static String localId(Map<String, String> parameters, String macroId, int ordinal) {
        String id = parameters.getOrDefault(ID, "").strip();
        if (id.isEmpty()) {
            id = macroId == null ? "" : macroId.strip();
        }
        if (id.isEmpty() || id.length() > 64) {
            id = "n" + ordinal;
        }
        return id;
    }

    private static boolean isInsideAnotherDecision(Element macro) {
        for (Node parent = macro.getParentNode(); parent instanceof Element element; parent = parent.getParentNode()) {
            if ("structured-macro".equals(element.getLocalName())
                    && DECISION.equals(element.getAttributeNS(StorageDocument.AC, "name"))) {
                return true;
            }
        }
        return false;
    }

    private static void removeAll(List<Element> elements) {
        for (Element element : elements) {
            element.getParentNode().removeChild(element);
        }
    }
}
