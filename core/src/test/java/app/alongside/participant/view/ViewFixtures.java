package app.alongside.participant.view;

import app.alongside.decision.Decision;
import app.alongside.decision.DecisionStatus;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.IndexedPage;
import app.alongside.participant.AccessNeed;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantProfile;
import app.alongside.text.Messages;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Profiles, people and links for the view tests; words are the key and its arguments. */
final class ViewFixtures {

    static final Messages KEYS = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);

    static final ParticipantLinks LINKS = new ParticipantLinks() {
        public String page(long pageId) {
            return "/pages/viewpage.action?pageId=" + pageId;
        }

        public String photo(long pageId, String fileName) {
            return "/download/attachments/" + pageId + "/" + fileName;
        }

        public String decision(IndexedDecision decision) {
            return "/pages/viewpage.action?pageId=" + decision.page().pageId() + "#d" + decision.id();
        }

        public String space(String spaceKey) {
            return "/display/" + spaceKey;
        }

        public String myData() {
            return "/plugins/servlet/alongside/my-data";
        }
    };

    private ViewFixtures() {
    }

    static ParticipantProfile priya() {
        return new ParticipantProfile("Priya Shah", Optional.of("Pri"), Optional.of("she/her"), Optional.empty(),
                Optional.empty(), List.of("Facilitation", "Baking"), List.of("Gardening"),
                Set.of(AccessNeed.PRE_READS, AccessNeed.LARGE_PRINT), Optional.of("Mornings are hard."),
                Optional.of("Tuesdays"), "<p>I listen.</p>", "I listen.");
    }

    static ParticipantProfile bare(String name) {
        return new ParticipantProfile(name, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Set.of(), Optional.empty(), Optional.empty(), "", "");
    }

    static IndexedDecision decision(long id, String spaceKey, String title, LocalDate decidedOn) {
        return new IndexedDecision(id, new IndexedPage(100 + id, spaceKey, "Meeting " + id,
                IndexedPage.ContentType.PAGE, List.of()),
                new Decision("d" + id, title, DecisionStatus.DECIDED, Optional.empty(), Optional.ofNullable(decidedOn),
                        Optional.empty(), Optional.empty(), "", "", Map.of(), List.of()), false);
    }

    static IndexedParticipant person(long pageId, String name, String preferred, List<String> skills) {
        return new IndexedParticipant(pageId, "RC", name, name, Optional.ofNullable(preferred), Optional.empty(),
                Optional.empty(), Optional.empty(), skills, List.of());
    }
}
