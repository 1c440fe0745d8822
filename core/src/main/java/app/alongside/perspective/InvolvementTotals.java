package app.alongside.perspective;

import app.alongside.decision.Decision;
import app.alongside.decision.Stage;
import app.alongside.decision.register.DecisionIndex;
import app.alongside.decision.register.PageVisibility;
import app.alongside.people.PersonRef;
import app.alongside.settings.SettingsService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one way any feature asks how many people with lived experience took part — in a stage of a decision, in a
 * decision, or in a space over a period — and gets a {@link SuppressedCount} with the space's k. People are counted
 * once however many times they appear (a user and their participant page are one person); people are never named.
 *
 * <p>The group is the people who could carry a perspective: Confluence users and participant pages, once per
 * subject. Typed names and links to pages that are not participant pages are left out of the group's size as well as
 * the total: if they counted in the size, whoever edits a page could pad a group around one named person with
 * invented names and read that person's answer from whether "0 of 3" or "not shown" appears (ADR 7). Each question costs at most one resolver call and one {@link PerspectiveStore#countLivedExperience}
 * call (none when the group is already too small to show anything).</p>
 */
public final class InvolvementTotals {

    private final PerspectiveStore store;
    private final SubjectResolver resolver;
    private final DecisionIndex index;
    private final SettingsService settings;

    public InvolvementTotals(PerspectiveStore store, SubjectResolver resolver, DecisionIndex index,
                             SettingsService settings) {
        this.store = Objects.requireNonNull(store, "store");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.index = Objects.requireNonNull(index, "index");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Among these people (of a decision in {@code spaceKey}: page references without a space are in it). */
    public SuppressedCount livedExperienceAmong(Collection<PersonRef> people, String spaceKey) {
        Objects.requireNonNull(people, "people");
        Set<PersonRef> distinct = new LinkedHashSet<>();
        for (PersonRef person : people) {
            distinct.add(inSpace(person, spaceKey));
        }
        return count(distinct, spaceKey);
    }

    /** At one stage of a decision on a page of {@code spaceKey}. */
    public SuppressedCount atStage(Decision decision, Stage stage, String spaceKey) {
        Objects.requireNonNull(stage, "stage");
        return livedExperienceAmong(decision.peopleAt(stage), spaceKey);
    }

    /**
     * Every stage of a decision at once, as a decision card shows them: the space's settings read once and everyone
     * in the decision resolved once, then one count per stage large enough to show anything — instead of all three
     * for each stage.
     */
    public Map<Stage, SuppressedCount> atEachStage(Decision decision, String spaceKey) {
        Suppression suppression = new Suppression(settings.effectiveFor(spaceKey).suppressionThreshold());
        Set<PersonRef> everyone = new LinkedHashSet<>();
        for (Stage stage : Stage.values()) {
            for (PersonRef person : decision.peopleAt(stage)) {
                if (!(person instanceof PersonRef.Named)) {
                    everyone.add(inSpace(person, spaceKey));
                }
            }
        }
        Map<PersonRef, SubjectKey> resolved = everyone.isEmpty() ? Map.of() : resolver.resolve(everyone);
        Map<Stage, SuppressedCount> totals = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Set<SubjectKey> subjects = new HashSet<>();
            for (PersonRef person : decision.peopleAt(stage)) {
                SubjectKey subject = resolved.get(inSpace(person, spaceKey));
                if (subject != null) {
                    subjects.add(subject);
                }
            }
            totals.put(stage, counted(suppression, subjects));
        }
        return totals;
    }

    /**
     * {@link #atEachStage} for many decisions of one space at once, in the same order, with the same results: the
     * space's settings read once, everyone in every decision resolved in one call, and one perspective read for all
     * the subjects of every group large enough to show anything — instead of up to five counts per decision. Used to
     * place many decisions (a page, a rebuild batch, a space after its rules change) at a cost per batch, not per row.
     */
    public List<Map<Stage, SuppressedCount>> atEachStage(List<Decision> decisions, String spaceKey) {
        Objects.requireNonNull(decisions, "decisions");
        return decisions.isEmpty() ? List.of() : atEachStage(decisions, spaceKey, settings.effectiveFor(spaceKey));
    }

    /** As {@link #atEachStage(List, String)}, with the space's settings already read by the caller. */
    public List<Map<Stage, SuppressedCount>> atEachStage(List<Decision> decisions, String spaceKey,
                                                         app.alongside.settings.InvolvementSettings inForce) {
        Objects.requireNonNull(decisions, "decisions");
        if (decisions.isEmpty()) {
            return List.of();
        }
        Suppression suppression = new Suppression(inForce.suppressionThreshold());
        Set<PersonRef> everyone = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            for (Stage stage : Stage.values()) {
                for (PersonRef person : decision.peopleAt(stage)) {
                    if (!(person instanceof PersonRef.Named)) {
                        everyone.add(inSpace(person, spaceKey));
                    }
                }
            }
        }
        Map<PersonRef, SubjectKey> resolved = everyone.isEmpty() ? Map.of() : resolver.resolve(everyone);
        List<Map<Stage, Set<SubjectKey>>> groups = new ArrayList<>(decisions.size());
        Set<SubjectKey> asked = new HashSet<>();
        for (Decision decision : decisions) {
            Map<Stage, Set<SubjectKey>> byStage = new java.util.EnumMap<>(Stage.class);
            for (Stage stage : Stage.values()) {
                Set<SubjectKey> subjects = new HashSet<>();
                for (PersonRef person : decision.peopleAt(stage)) {
                    SubjectKey subject = resolved.get(inSpace(person, spaceKey));
                    if (subject != null) {
                        subjects.add(subject);
                    }
                }
                byStage.put(stage, subjects);
                // As the single form: only groups large enough to be shown are asked about at all.
                if (subjects.size() >= suppression.threshold()) {
                    asked.addAll(subjects);
                }
            }
            groups.add(byStage);
        }
        Set<SubjectKey> livedExperience = asked.isEmpty() ? Set.of() : store.withLivedExperience(asked);
        List<Map<Stage, SuppressedCount>> totals = new ArrayList<>(decisions.size());
        for (Map<Stage, Set<SubjectKey>> byStage : groups) {
            Map<Stage, SuppressedCount> each = new java.util.EnumMap<>(Stage.class);
            byStage.forEach((stage, subjects) -> {
                int counted = 0;
                if (subjects.size() >= suppression.threshold()) {
                    for (SubjectKey subject : subjects) {
                        if (livedExperience.contains(subject)) {
                            counted++;
                        }
                    }
                }
                each.put(stage, suppression.count(counted, subjects.size()));
            });
            totals.add(each);
        }
        return totals;
    }

    /** At any stage of a decision. */
    public SuppressedCount inDecision(Decision decision, String spaceKey) {
        return livedExperienceAmong(decision.everyone(), spaceKey);
    }

    /**
     * Everyone who took part in any decision of the space decided between {@code from} and {@code to} (inclusive),
     * counting only decisions on pages the viewer may see: one index query, one visibility check.
     */
    public SuppressedCount inSpace(String spaceKey, LocalDate from, LocalDate to, PageVisibility visibility) {
        Objects.requireNonNull(visibility, "visibility");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period ends before it starts: " + from + " to " + to);
        }
        Map<Long, Set<String>> keysByPage = new HashMap<>();
        index.forEachPerson(spaceKey, from, to,
                (pageId, stage, personKey) -> keysByPage.computeIfAbsent(pageId, id -> new HashSet<>()).add(personKey));
        Set<PersonRef> people = new LinkedHashSet<>();
        if (!keysByPage.isEmpty()) {
            for (Long pageId : visibility.visible(Set.copyOf(keysByPage.keySet()))) {
                for (String key : keysByPage.getOrDefault(pageId, Set.of())) {
                    // A key this version cannot read names nobody who could carry a perspective.
                    PersonRef.fromKey(key).ifPresent(p -> people.add(inSpace(p, spaceKey)));
                }
            }
        }
        return count(people, spaceKey);
    }

    private SuppressedCount count(Set<PersonRef> people, String spaceKey) {
        Suppression suppression = new Suppression(settings.effectiveFor(spaceKey).suppressionThreshold());
        Set<PersonRef> candidates = new LinkedHashSet<>();
        for (PersonRef person : people) {
            if (!(person instanceof PersonRef.Named)) {
                candidates.add(person);
            }
        }
        Map<PersonRef, SubjectKey> resolved = candidates.isEmpty() ? Map.of() : resolver.resolve(candidates);
        return counted(suppression, new HashSet<>(resolved.values()));
    }

    /** Asks the store only when the group is large enough for the total to be shown at all. */
    private SuppressedCount counted(Suppression suppression, Set<SubjectKey> subjects) {
        int counted = subjects.size() >= suppression.threshold() ? store.countLivedExperience(subjects) : 0;
        return suppression.count(counted, subjects.size());
    }

    private static PersonRef inSpace(PersonRef person, String spaceKey) {
        return person instanceof PersonRef.Page page ? page.inSpace(spaceKey) : person;
    }
}
