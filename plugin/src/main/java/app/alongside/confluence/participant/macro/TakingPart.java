package app.alongside.confluence.participant.macro;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.IndexedDecision;
import app.alongside.decision.register.PageVisibility;
import app.alongside.people.PersonRef;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.SubjectKey;
import com.atlassian.confluence.spaces.Space;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a participant page shows beyond the page itself, for the person viewing it: the decisions the person took
 * part in (as their page, and as their account if the page names one) on pages the viewer may see, the spaces those
 * are in, and their own words if they chose to show them on their page. Failures are logged and answered as
 * "not available", so a profile never fails because the register or the private store cannot be read.
 */
@Named
public class TakingPart {

    /** Decisions asked of the index before filtering by what the viewer may see; the card lists the newest 20. */
    static final int LOOK_AHEAD = 200;
    private static final Logger LOG = LoggerFactory.getLogger(TakingPart.class);

    private final DecisionIndex index;
    private final PageVisibility visibility;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;
    private final PerspectiveService perspectives;

    @Inject
    public TakingPart(DecisionIndex index, PageVisibility visibility, AppPermissions permissions,
                      CurrentUser currentUser, PerspectiveService perspectives) {
        this.index = index;
        this.visibility = visibility;
        this.permissions = permissions;
        this.currentUser = currentUser;
        this.perspectives = perspectives;
    }

    /**
     * Decisions in which the participant page ({@code page:SPACE:Title}) or the linked account took part, newest
     * first, only on pages the viewer may see; empty if the register cannot be read just now.
     */
    public Optional<List<IndexedDecision>> decisions(String spaceKey, String pageTitle, Optional<String> userKey) {
        List<String> keys = new ArrayList<>();
        if (spaceKey != null && !spaceKey.isBlank() && pageTitle != null && !pageTitle.isBlank()) {
            keys.add(new PersonRef.Page(spaceKey, pageTitle).key());
        }
        userKey.filter(key -> !key.isBlank()).ifPresent(key -> keys.add(new PersonRef.User(key).key()));
        if (keys.isEmpty()) {
            return Optional.of(List.of());
        }
        try {
            List<IndexedDecision> found = index.involving(keys, LOOK_AHEAD);
            Set<Long> pageIds = new LinkedHashSet<>();
            found.forEach(row -> pageIds.add(row.page().pageId()));
            Set<Long> visible = pageIds.isEmpty() ? Set.of() : visibility.visible(pageIds);
            return Optional.of(found.stream().filter(row -> visible.contains(row.page().pageId())).toList());
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not read the decisions a participant took part in: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The names of the spaces these decisions are in, by key, for spaces the viewer may see. */
    public Map<String, String> spaceNames(Collection<IndexedDecision> decisions) {
        Map<String, String> names = new LinkedHashMap<>();
        for (IndexedDecision row : decisions) {
            String key = row.page().spaceKey();
            if (!names.containsKey(key)) {
                Optional<Space> space = permissions.viewableSpace(currentUser.get(), key);
                names.put(key, space.map(Space::getName).filter(name -> !name.isBlank()).orElse(key));
            }
        }
        return names;
    }

    /**
     * Whose private data the page's person is: the linked account if the page names one, otherwise the page itself
     * (as core's {@code SubjectResolver} decides for people named on pages).
     */
    public static SubjectKey subject(long pageId, Optional<String> userKey) {
        return userKey.filter(key -> !key.isBlank()).map(SubjectKey::user)
                .orElseGet(() -> SubjectKey.participantPage(pageId));
    }

    /** The person's own words, only if they chose to show them on their page; empty if they cannot be read. */
    public Optional<String> publishedOwnWords(long pageId, Optional<String> userKey) {
        if (pageId <= 0 && userKey.isEmpty()) {
            return Optional.empty();
        }
        try {
            return perspectives.publishedOwnWords(subject(pageId, userKey));
        } catch (RuntimeException e) {
            LOG.warn("Alongside could not read whether a participant shows their own words: {}", e.toString());
            return Optional.empty();
        }
    }
}
