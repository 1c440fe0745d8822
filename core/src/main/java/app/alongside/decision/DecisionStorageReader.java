package app.alongside.decision;

import app.alongside.ladder.LadderRung;
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
import java.util.regex.Pattern;

import static app.alongside.decision.DecisionMacros.*;

/**
 * Reads decisions from page storage format: each {@code alongside-decision} macro, its parameters, and inside its
 * body the {@code alongside-stage} macros (who took part at each stage) and {@code alongside-you-said} macros
 * (contributions and their answers). Everything else in the body is the outcome.
 * See docs/storage-format.md.
 */
public final class DecisionStorageReader {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]|\\band\\b");
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

    /**
     * People mentioned in a stage: user links, participant page links, and names typed as text between them
     * (separated by commas, semicolons, "and" or new lines).
     */
    static List<PersonRef> people(Element container) {
        List<PersonRef> people = new ArrayList<>();
        StringBuilder loose = new StringBuilder();
        collect(container, people, loose);
        flushNames(loose, people);
        return people;
    }

    private static void collect(Node node, List<PersonRef> people, StringBuilder loose) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                Optional<PersonRef> linked = linkedPerson(element);
                if (linked.isPresent()) {
                    flushNames(loose, people);
                    people.add(linked.get());
                } else if (isBlock(element)) {
                    flushNames(loose, people);
                    collect(element, people, loose);
                    flushNames(loose, people);
                } else if (!StorageDocument.AC.equals(element.getNamespaceURI())) {
                    collect(element, people, loose);
                }
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                loose.append(child.getNodeValue());
            }
        }
    }

    private static Optional<PersonRef> linkedPerson(Element element) {
        Element target = element;
        if (StorageDocument.AC.equals(element.getNamespaceURI()) && "link".equals(element.getLocalName())) {
            target = StorageDocument.children(element).stream()
                    .filter(e -> StorageDocument.RI.equals(e.getNamespaceURI())).findFirst().orElse(null);
            if (target == null) {
                return Optional.empty();
            }
        }
        if (!StorageDocument.RI.equals(target.getNamespaceURI())) {
            return Optional.empty();
        }
        if ("user".equals(target.getLocalName())) {
            String key = target.getAttributeNS(StorageDocument.RI, "userkey");
            if (!key.isBlank()) {
                return Optional.of(new PersonRef.User(key.strip()));
            }
            String username = target.getAttributeNS(StorageDocument.RI, "username");
            return username.isBlank() ? Optional.empty() : Optional.of(new PersonRef.Named(username.strip()));
        }
        if ("page".equals(target.getLocalName())) {
            String title = target.getAttributeNS(StorageDocument.RI, "content-title");
            return title.isBlank() ? Optional.empty()
                    : Optional.of(new PersonRef.Page(target.getAttributeNS(StorageDocument.RI, "space-key").strip(), title.strip()));
        }
        return Optional.empty();
    }

    private static boolean isBlock(Element element) {
        return switch (element.getLocalName() == null ? element.getTagName() : element.getLocalName()) {
            case "p", "li", "div", "br", "td", "th", "tr", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6" -> true;
            default -> false;
        };
    }

    private static void flushNames(StringBuilder loose, List<PersonRef> people) {
        for (String part : SEPARATORS.split(loose.toString().replace('\u00a0', ' '))) {
            String name = part.strip().replaceAll("\\s+", " ");
            if (!name.isEmpty() && name.length() <= 200 && name.chars().anyMatch(Character::isLetter)) {
                people.add(new PersonRef.Named(name));
            }
        }
        loose.setLength(0);
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
