package app.alongside.participant.view;

import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.text.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Builds a participant directory's view in the viewer's words. Never names a role or a perspective. */
public final class DirectoryViews {

    private final Messages messages;

    public DirectoryViews(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    /**
     * The view of {@code people}, the answer to {@code query}, in the order given (the directory's: alphabetical).
     *
     * @param spaceNames     names of the spaces the directory covers, for its caption
     * @param table          a table rather than cards
     * @param readerFiltered whether the reader searched (rather than only the page's own settings), which decides how
     *                       "nobody here" is worded
     * @param resetLink      the directory without the reader's search ("" where there is no page to link back to)
     */
    public DirectoryView of(List<IndexedParticipant> people, DirectoryQuery query, List<String> spaceNames,
                            boolean table, boolean readerFiltered, String resetLink, ParticipantLinks links) {
        String caption = spaceNames.size() == 1
                ? messages.text("alongside.directory.caption.one", spaceNames.get(0))
                : messages.text("alongside.directory.caption.many", spaceNames.size(), String.join(", ", spaceNames));

        List<DirectoryView.PersonCard> cards = new ArrayList<>();
        for (IndexedParticipant person : people) {
            cards.add(card(person, links));
        }

        String emptyKind = "";
        String emptyMessage = "";
        String emptyActionLabel = "";
        String emptyActionLink = "";
        if (cards.isEmpty()) {
            boolean narrowed = query.skill().isPresent() || query.interest().isPresent() || query.text().isPresent();
            if (readerFiltered) {
                emptyKind = "filtered";
                emptyMessage = messages.text("alongside.directory.empty.filtered");
                emptyActionLabel = messages.text("alongside.directory.empty.filtered.action");
                emptyActionLink = resetLink == null ? "" : resetLink;
            } else if (narrowed) {
                emptyKind = "none-listed";
                emptyMessage = messages.text("alongside.directory.empty.noneListed");
            } else {
                emptyKind = "empty";
                emptyMessage = messages.text("alongside.directory.empty");
            }
        }
        String limitNote = cards.size() >= query.limit()
                ? messages.text("alongside.directory.limit", query.limit()) : "";

        return new DirectoryView(caption, table, cards, messages.text("alongside.directory.count", cards.size()),
                limitNote, emptyKind, emptyMessage, emptyActionLabel, emptyActionLink, words());
    }

    private DirectoryView.PersonCard card(IndexedParticipant person, ParticipantLinks links) {
        String displayName = person.displayName();
        String fullName = person.preferredName().filter(preferred -> !preferred.equals(person.name()))
                .map(preferred -> person.name()).orElse("");
        String photo = person.photo().map(file -> links.photo(person.pageId(), file)).orElse("");
        List<String> searchable = new ArrayList<>();
        searchable.add(displayName);
        searchable.add(person.name());
        person.pronouns().ifPresent(searchable::add);
        searchable.addAll(person.skills());
        searchable.addAll(person.interests());
        return new DirectoryView.PersonCard(displayName, fullName, person.pronouns().orElse(""),
                Initials.of(displayName), photo, person.skills(), person.interests(), links.page(person.pageId()),
                String.join(" ", searchable).toLowerCase(Locale.ROOT));
    }

    public DirectoryView.DirectoryWords words() {
        return new DirectoryView.DirectoryWords(
                messages.text("alongside.directory.column.name"),
                messages.text("alongside.participant.fullName.label"),
                messages.text("alongside.participant.pronouns.label"),
                messages.text("alongside.directory.skills.label"),
                messages.text("alongside.directory.interests.label"),
                messages.text("alongside.directory.noneListed"),
                messages.text("alongside.directory.filter.label"),
                messages.text("alongside.directory.filter.status", "{0}", "{1}"));
    }
}
