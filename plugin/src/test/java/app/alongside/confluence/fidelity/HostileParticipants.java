package app.alongside.confluence.fidelity;

import app.alongside.confluence.participant.macro.DirectoryFormView;
import app.alongside.confluence.participant.macro.ParticipantUrls;
import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.AccessNeed;
import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParsedProfile;
import app.alongside.participant.ParticipantProfile;
import app.alongside.participant.view.DirectoryView;
import app.alongside.participant.view.DirectoryViews;
import app.alongside.participant.view.ProfileView;
import app.alongside.participant.view.ProfileViews;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Participant views with one hostile text in every field a person can type or Confluence can hand over, and in every
 * word the bundle could say: for rendering the participant templates under Confluence's rules. Links are built as
 * the app builds them ({@link ParticipantUrls}); a photo only where asked for, since a photo is an {@code <img>}.
 */
final class HostileParticipants {

    private static final ParticipantUrls LINKS = new ParticipantUrls("/confluence");

    private HostileParticipants() {
    }

    static ProfileView profile(String text, boolean withPhoto) {
        ParticipantProfile profile = new ParticipantProfile(text, Optional.of(text + "!"), Optional.of(text),
                Optional.of(text), withPhoto ? Optional.of(text) : Optional.empty(), List.of(text, text + "2"),
                List.of(text), Set.of(AccessNeed.BSL, AccessNeed.BREAKS), Optional.of(text), Optional.of(text),
                "<p>x</p>", text);
        IndexedDecision decision = new IndexedDecision(5, new IndexedPage(9, "RC", text, IndexedPage.ContentType.PAGE,
                List.of()), new Decision("d", text, DecisionStatus.DECIDED, Optional.empty(),
                Optional.of(LocalDate.of(2026, 10, 14)), Optional.empty(), Optional.empty(), "", text, Map.of(),
                List.of()), false);
        IndexedDecision undated = new IndexedDecision(6, new IndexedPage(10, "PEER", text,
                IndexedPage.ContentType.BLOGPOST, List.of()), new Decision("e", "", DecisionStatus.PROPOSED,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "", "", Map.of(), List.of()),
                false);
        List<IndexedDecision> many = new java.util.ArrayList<>();
        for (int i = 0; i < ProfileViews.MAX_DECISIONS; i++) {
            many.add(decision);
        }
        many.add(undated);
        return new ProfileViews(words(text)).of(new ParsedProfile(profile, List.of(Problem.of("access", "k", text))),
                42, Optional.of(many), Map.of("RC", text, "PEER", text), Optional.of(text), true, LINKS);
    }

    static DirectoryView directory(String text, boolean table, boolean withPhoto) {
        IndexedParticipant person = new IndexedParticipant(7, "RC", text, text, Optional.of(text + "!"),
                Optional.of(text), Optional.empty(), withPhoto ? Optional.of(text) : Optional.empty(),
                List.of(text, text), List.of(text));
        IndexedParticipant bare = new IndexedParticipant(8, "RC", text, text, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), List.of());
        DirectoryQuery query = new DirectoryQuery(Set.of("RC"), Optional.of(text), Optional.empty(), Optional.of(text), 2);
        return new DirectoryViews(words(text)).of(List.of(person, bare), query, List.of(text), table, true,
                "/display/RC/People?x=" + encode(text) + "#alongside-directory", LINKS);
    }

    static DirectoryView emptyDirectory(String text) {
        DirectoryQuery query = new DirectoryQuery(Set.of("RC"), Optional.empty(), Optional.empty(), Optional.of(text), 50);
        return new DirectoryViews(words(text)).of(List.of(), query, List.of(text, text), false, true,
                "/display/RC/People?x=" + encode(text) + "#alongside-directory", LINKS);
    }

    static DirectoryFormView form(String text) {
        DirectoryFormView.Field field = new DirectoryFormView.Field(text, text, text, text);
        return new DirectoryFormView("/display/RC/People#alongside-directory",
                List.of(new DirectoryFormView.Hidden(text, text)), text, field, field, field, text, text,
                "/display/RC/People?" + encode(text) + "#alongside-directory");
    }

    /** Every word the bundle could say is the hostile text. */
    private static Messages words(String text) {
        return (key, arguments) -> text;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
