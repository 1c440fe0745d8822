package app.alongside.participant.view;

import app.alongside.decision.Decision;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.participant.ParsedProfile;
import app.alongside.participant.ParticipantProfile;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Builds a participant's profile card in the viewer's words. Never names a role. */
public final class ProfileViews {

    /** The most decisions a card lists; the newest come first. */
    public static final int MAX_DECISIONS = 20;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private final Messages messages;

    public ProfileViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The card for a profile read from a page.
     *
     * @param pageId           the participant page (0 while it is previewed before being saved: no photo link then)
     * @param decisions        decisions the person took part in that the viewer may see, newest first; the card lists
     *                         at most {@link #MAX_DECISIONS} and says when there are more. Empty when the register
     *                         cannot be read just now: the card then says so instead of saying there are none
     * @param spaceNames       names of the spaces those decisions are in, by key (the groups the person was in)
     * @param ownWords         the person's perspective in their own words, only if they chose to show it on their page
     * @param viewerIsThePerson whether the viewer is the account linked on the page (they get a link to "My data")
     */
    public ProfileView of(ParsedProfile parsed, long pageId, Optional<List<IndexedDecision>> found,
                          Map<String, String> spaceNames, Optional<String> ownWords, boolean viewerIsThePerson,
                          ParticipantLinks links) {
        ParticipantProfile profile = parsed.profile();
        String displayName = profile.displayName();
        String fullName = profile.preferredName().filter(preferred -> !preferred.equals(profile.name()))
                .map(preferred -> profile.name()).orElse("");
        String photo = profile.photo().filter(file -> pageId > 0).map(file -> links.photo(pageId, file)).orElse("");

        List<String> access = profile.accessNeeds().stream().sorted(Comparator.comparing(Enum::ordinal))
                .map(need -> messages.text(need.messageKey())).toList();

        List<IndexedDecision> decisions = found.orElse(List.of());
        List<ProfileView.DecisionLink> listed = new ArrayList<>();
        for (IndexedDecision row : decisions.subList(0, Math.min(decisions.size(), MAX_DECISIONS))) {
            listed.add(decision(row, links));
        }
        String decisionsNote = found.isEmpty() ? messages.text("alongside.participant.decisions.unavailable")
                : decisions.size() > MAX_DECISIONS ? messages.text("alongside.participant.decisions.more", MAX_DECISIONS)
                : "";

        return new ProfileView(headingId(pageId), displayName, fullName, profile.pronouns().orElse(""),
                Initials.of(displayName), photo, !profile.whatIBringStorage().isBlank(), profile.whatIBringText(),
                profile.skills(), profile.interests(), access, profile.accessNotes().orElse(""),
                profile.availability().orElse(""), ownWords.map(String::strip).orElse(""), listed, decisionsNote,
                groups(decisions, spaceNames, links), viewerIsThePerson ? links.myData() : "",
                problems(parsed.problems()), words());
    }

    /** The id of the card's heading, which labels the card: one per participant page. */
    static String headingId(long pageId) {
        return "alongside-participant-" + (pageId > 0 ? Long.toString(pageId) : "preview");
    }

    private ProfileView.DecisionLink decision(IndexedDecision row, ParticipantLinks links) {
        Decision decision = row.decision();
        String title = decision.title().isBlank() ? messages.text("alongside.decision.untitled") : decision.title();
        return new ProfileView.DecisionLink(title, links.decision(row), row.page().title(),
                decision.decidedOn().map(LONG_DATE::format).orElse(""),
                decision.decidedOn().map(LocalDate::toString).orElse(""));
    }

    /** Each space the person took part in decisions of, once, by name (alphabetically). */
    private List<ProfileView.Group> groups(List<IndexedDecision> decisions, Map<String, String> spaceNames,
                                           ParticipantLinks links) {
        Set<String> keys = new LinkedHashSet<>();
        decisions.forEach(row -> keys.add(row.page().spaceKey()));
        List<ProfileView.Group> groups = new ArrayList<>();
        for (String key : keys) {
            String name = spaceNames.get(key);
            groups.add(new ProfileView.Group(name == null || name.isBlank() ? key : name, links.space(key)));
        }
        groups.sort(Comparator.comparing(group -> group.name().toLowerCase(Locale.ROOT)));
        return groups;
    }

    /** Each problem as a sentence naming the field it concerns: "Access needs: “wheelchair” is not …". */
    public List<String> problems(List<Problem> problems) {
        List<String> sentences = new ArrayList<>();
        for (Problem problem : problems) {
            sentences.add(messages.text("alongside.participant.problem.format",
                    messages.text("alongside.participant.field." + problem.field()),
                    messages.text(problem.messageKey(), problem.arguments().toArray())));
        }
        return sentences;
    }

    public ProfileView.ProfileWords words() {
        return new ProfileView.ProfileWords(
                messages.text("alongside.participant.problems.heading"),
                messages.text("alongside.participant.fullName.label"),
                messages.text("alongside.participant.pronouns.label"),
                messages.text("alongside.participant.whatIBring.heading"),
                messages.text("alongside.participant.nothingYet"),
                messages.text("alongside.participant.skills.heading"),
                messages.text("alongside.participant.interests.heading"),
                messages.text("alongside.participant.takingPart.heading"),
                messages.text("alongside.participant.availability.heading"),
                messages.text("alongside.participant.ownWords.heading"),
                messages.text("alongside.participant.decisions.heading"),
                messages.text("alongside.participant.decisions.none"),
                messages.text("alongside.participant.decisions.on"),
                messages.text("alongside.participant.groups.heading"),
                messages.text("alongside.participant.myData.link"));
    }
}
