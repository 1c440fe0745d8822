package app.alongside.confluence.participant.persistence;

import app.alongside.participant.DirectoryQuery;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantProfile;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.junit.Assert.assertEquals;

/**
 * The SQL search finds exactly what core's rule ({@code DirectoryQuery.matches}, as the in-memory index applies
 * it) finds, in the same order, over many generated profiles and queries: mixed case, punctuation, apostrophes,
 * accents, bars and LIKE wildcards included. Seeded, so every run checks the same cases.
 */
public class DirectorySearchAgreesWithCoreTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(ParticipantEntity.class);

    private static final List<String> WORDS = List.of("Peer", "support", "BSL", "art", "Art", "Zoë", "zoe", "café",
            "O’Brien", "o'brien", "easy-read", "read", "100%", "a_b", "x|y", "walking", "WALKING", "music", "co-op",
            "op", "東京");
    private static final List<String> NAMES = List.of("Ann", "ann", "Bo", "Cy Smith", "Zoë", "Zoe", "Ōla", "al_x",
            "Pat 100%", "Robin O’Neill");

    private final AoParticipantIndex index = new AoParticipantIndex(AO.activeObjects());

    @Test
    public void theDatabaseFindsWhatCoresRuleFindsInTheSameOrder() {
        Random random = new Random(20261129L);
        InMemoryParticipantIndex expected = new InMemoryParticipantIndex();
        for (long pageId = 1; pageId <= 120; pageId++) {
            ParticipantProfile profile = new ParticipantProfile(pick(random, NAMES),
                    random.nextInt(3) == 0 ? Optional.of(pick(random, NAMES)) : Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), items(random), items(random), Set.of(), Optional.empty(),
                    Optional.empty(), "", "");
            String space = random.nextInt(4) == 0 ? "PEER" : "RC";
            index.replacePage(pageId, space, "Page " + pageId, Optional.of(profile));
            expected.replacePage(pageId, space, "Page " + pageId, Optional.of(profile));
        }

        int compared = 0;
        for (int n = 0; n < 300; n++) {
            DirectoryQuery query = new DirectoryQuery(random.nextBoolean() ? Set.of("RC") : Set.of("RC", "PEER"),
                    wanted(random), wanted(random),
                    random.nextInt(4) == 0 ? Optional.of(pick(random, NAMES).substring(0, 2)) : Optional.empty(),
                    1 + random.nextInt(60));
            assertEquals(query.toString(), expected.search(query), index.search(query));
            compared += index.search(query).size();
        }
        assertEquals("the queries found people, so the comparison meant something", true, compared > 300);
    }

    private static Optional<String> wanted(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> Optional.of(pick(random, WORDS));
            case 1 -> Optional.of(pick(random, WORDS).toUpperCase(java.util.Locale.ROOT));
            case 2 -> Optional.of(pick(random, WORDS) + " " + pick(random, WORDS));
            default -> Optional.empty();
        };
    }

    private static List<String> items(Random random) {
        List<String> items = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            String item = random.nextBoolean() ? pick(random, WORDS) : pick(random, WORDS) + " " + pick(random, WORDS);
            if (items.stream().noneMatch(item::equalsIgnoreCase)) {
                items.add(item);
            }
        }
        return items;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
