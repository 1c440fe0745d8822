package app.alongside.confluence.participant.persistence;

import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.IndexedParticipant;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantProfile;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static app.alongside.confluence.participant.persistence.ParticipantValues.LIKE_ESCAPE;

/**
 * Core's {@link ParticipantIndex} in Active Objects: one {@link ParticipantEntity} row per participant page. Returns
 * core records, never entities.
 *
 * <p>Statements: {@link #search}, {@link #findByPageId}, {@link #findByTitles} and {@link #findByUserKey} 1 each
 * (a title lookup is one statement for any number of titles up to PostgreSQL's 32,767 parameters: 16,000 pairs);
 * {@link #replacePage} 1 delete, plus 1 insert when the page holds a profile, in one transaction.</p>
 */
@Named
public final class AoParticipantIndex implements ParticipantIndex {

    private final ActiveObjects ao;

    @Inject
    public AoParticipantIndex(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void replacePage(long pageId, String spaceKey, String pageTitle, Optional<ParticipantProfile> profile) {
        Objects.requireNonNull(profile, "profile");
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(ParticipantEntity.class, "PAGE_ID = ?", pageId);
            if (profile.isPresent()) {
                ao.create(ParticipantEntity.class, List.of(
                        row(IndexedParticipant.of(pageId, spaceKey, pageTitle == null ? "" : pageTitle, profile.get()))));
            }
            return null;
        });
    }

    @Override
    public void setTrashed(long pageId, boolean trashed) {
        ao.executeInTransaction(() -> {
            for (ParticipantEntity row : ao.find(ParticipantEntity.class,
                    Query.select().where("PAGE_ID = ? AND TRASHED = ?", pageId, !trashed))) {
                row.setTrashed(trashed);
                row.save();
            }
            return null;
        });
    }

    @Override
    public void removePage(long pageId) {
        ao.deleteWithSQL(ParticipantEntity.class, "PAGE_ID = ?", pageId);
    }

    @Override
    public void clear() {
        ao.deleteWithSQL(ParticipantEntity.class, null);
    }

    private static Map<String, Object> row(IndexedParticipant participant) {
        Map<String, Object> row = new HashMap<>();
        row.put(ParticipantEntity.PAGE_ID, participant.pageId());
        row.put(ParticipantEntity.SPACE_KEY, participant.spaceKey());
        row.put(ParticipantEntity.PAGE_TITLE, ParticipantValues.emptyToNull(
                ParticipantValues.truncate(participant.pageTitle())));
        row.put(ParticipantEntity.TITLE_KEY, ParticipantValues.emptyToNull(
                ParticipantValues.truncate(ParticipantValues.lower(participant.pageTitle()))));
        row.put(ParticipantEntity.NAME, ParticipantValues.truncate(participant.name()));
        row.put(ParticipantEntity.NAME_KEY, ParticipantValues.truncate(ParticipantValues.lower(participant.name())));
        row.put(ParticipantEntity.PREFERRED_NAME,
                participant.preferredName().map(ParticipantValues::truncate).orElse(null));
        row.put(ParticipantEntity.SORT_KEY,
                ParticipantValues.truncate(ParticipantValues.lower(participant.displayName())));
        row.put(ParticipantEntity.PRONOUNS, participant.pronouns().map(ParticipantValues::truncate).orElse(null));
        row.put(ParticipantEntity.USER_KEY, participant.userKey().orElse(null));
        row.put(ParticipantEntity.PHOTO, participant.photo().map(ParticipantValues::truncate).orElse(null));
        row.put(ParticipantEntity.SKILLS, ParticipantValues.display(participant.skills()));
        row.put(ParticipantEntity.SKILL_ITEMS, ParticipantValues.items(participant.skills()));
        row.put(ParticipantEntity.SKILL_WORDS, ParticipantValues.words(participant.skills()));
        row.put(ParticipantEntity.INTERESTS, ParticipantValues.display(participant.interests()));
        row.put(ParticipantEntity.INTEREST_ITEMS, ParticipantValues.items(participant.interests()));
        row.put(ParticipantEntity.INTEREST_WORDS, ParticipantValues.words(participant.interests()));
        row.put(ParticipantEntity.TRASHED, Boolean.FALSE);
        return row;
    }

    // ------------------------------------------------------------------ reading

    /** Filters in SQL, then the directory's one order ({@code SORT_KEY}, then page id) and the limit, in SQL too. */
    @Override
    public List<IndexedParticipant> search(DirectoryQuery query) {
        List<String> spaces = query.spaceKeys().stream().sorted().toList();
        StringBuilder where = new StringBuilder("TRASHED = ? AND SPACE_KEY IN (" + placeholders(spaces.size()) + ")");
        List<Object> parameters = new ArrayList<>();
        parameters.add(Boolean.FALSE);
        parameters.addAll(spaces);
        query.skill().ifPresent(skill -> itemOrWord(where, parameters, "SKILL_ITEMS", "SKILL_WORDS", skill));
        query.interest().ifPresent(interest ->
                itemOrWord(where, parameters, "INTEREST_ITEMS", "INTEREST_WORDS", interest));
        query.text().ifPresent(text -> {
            String pattern = ParticipantValues.containing(ParticipantValues.lower(text));
            // the sort key is the preferred name when there is one, else the name: so this is "either name"
            where.append(" AND (NAME_KEY LIKE ?" + LIKE_ESCAPE + " OR SORT_KEY LIKE ?" + LIKE_ESCAPE + ")");
            parameters.add(pattern);
            parameters.add(pattern);
        });
        return participants(Query.select().where(where.toString(), parameters.toArray())
                .order("SORT_KEY ASC, PAGE_ID ASC").limit(query.limit()));
    }

    private static void itemOrWord(StringBuilder where, List<Object> parameters, String itemsColumn,
                                   String wordsColumn, String wanted) {
        where.append(" AND (").append(itemsColumn).append(" LIKE ?").append(LIKE_ESCAPE);
        parameters.add(ParticipantValues.between(ParticipantValues.itemKey(wanted)));
        if (ParticipantValues.isOneWord(wanted)) {
            where.append(" OR ").append(wordsColumn).append(" LIKE ?").append(LIKE_ESCAPE);
            parameters.add(ParticipantValues.between(ParticipantValues.lower(wanted)));
        }
        where.append(")");
    }

    /** Not trashed, as every other query. */
    @Override
    public Optional<IndexedParticipant> findByPageId(long pageId) {
        List<IndexedParticipant> found = participants(Query.select()
                .where("PAGE_ID = ? AND TRASHED = ?", pageId, Boolean.FALSE));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /**
     * Pages whose title equals one of these in its space, ignoring case (Confluence titles are unique in a space
     * ignoring case, and a link may be capitalised differently): callers prefer an exact match among them.
     */
    @Override
    public List<IndexedParticipant> findByTitles(Collection<PageTitle> titles) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (PageTitle title : titles) {
            if (title != null && title.spaceKey() != null && title.title() != null && !title.title().isEmpty()) {
                pairs.add(List.of(title.spaceKey(),
                        ParticipantValues.truncate(ParticipantValues.lower(title.title()))));
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>(pairs.size());
        List<Object> parameters = new ArrayList<>();
        parameters.add(Boolean.FALSE);
        for (List<String> pair : pairs) {
            conditions.add("(SPACE_KEY = ? AND TITLE_KEY = ?)");
            parameters.addAll(pair);
        }
        return participants(Query.select()
                .where("TRASHED = ? AND (" + String.join(" OR ", conditions) + ")", parameters.toArray())
                .order("SORT_KEY ASC, PAGE_ID ASC"));
    }

    @Override
    public List<IndexedParticipant> findByUserKey(String userKey) {
        if (userKey == null || userKey.isEmpty()) {
            return List.of();
        }
        return participants(Query.select().where("USER_KEY = ? AND TRASHED = ?", userKey, Boolean.FALSE)
                .order("SORT_KEY ASC, PAGE_ID ASC"));
    }

    // ------------------------------------------------------------------ for the rebuild

    /** The highest row id so far (0 for none): rows at or below it were indexed before this moment. */
    public long highestId() {
        long[] highest = {0};
        ao.stream(ParticipantEntity.class, Query.select("ID").order("ID DESC").limit(1),
                row -> highest[0] = row.getID());
        return highest[0];
    }

    /**
     * Forgets every participant page (of one space, or of all) indexed at or before {@code highestId}, so not
     * re-indexed since, except the pages in {@code keep}. Returns how many pages were forgotten.
     */
    public int forgetPagesIndexedUpTo(long highestId, Set<Long> keep, Optional<String> spaceKey) {
        Set<Long> stale = new HashSet<>();
        int upTo = (int) Math.min(highestId, Integer.MAX_VALUE);
        Query query = spaceKey.map(key -> Query.select("PAGE_ID").where("ID <= ? AND SPACE_KEY = ?", upTo, key))
                .orElseGet(() -> Query.select("PAGE_ID").where("ID <= ?", upTo));
        ao.stream(ParticipantEntity.class, query, row -> stale.add(row.getPageId()));
        stale.removeAll(keep);
        for (long pageId : stale) {
            removePage(pageId);
        }
        return stale.size();
    }

    // ------------------------------------------------------------------ mapping

    private List<IndexedParticipant> participants(Query query) {
        List<IndexedParticipant> participants = new ArrayList<>();
        for (ParticipantEntity row : ao.find(ParticipantEntity.class, query)) {
            participants.add(new IndexedParticipant(row.getPageId(), row.getSpaceKey(),
                    row.getPageTitle() == null ? "" : row.getPageTitle(), row.getName(),
                    Optional.ofNullable(row.getPreferredName()), Optional.ofNullable(row.getPronouns()),
                    Optional.ofNullable(row.getUserKey()), Optional.ofNullable(row.getPhoto()),
                    ParticipantValues.display(row.getSkills()), ParticipantValues.display(row.getInterests())));
        }
        return participants;
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }
}
