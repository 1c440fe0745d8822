package app.alongside.confluence.settings.persistence;

import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SpaceOverride;
import app.alongside.testsupport.ao.ActiveObjectsRule;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertEquals;

/**
 * The settings store against a real database: H2 by default, PostgreSQL with {@code -Dalongside.db=postgres}
 * (bin/test runs both). The same assertions must hold on each.
 */
public class AoSettingsRepositoryTest {

    @ClassRule
    @Rule
    public static final ActiveObjectsRule AO = ActiveObjectsRule.forEntities(SettingsEntity.class);

    private final AoSettingsRepository repository = new AoSettingsRepository(AO.activeObjects());

    @Test
    public void nothingSavedReadsAsEmpty() {
        assertEquals(Optional.empty(), repository.findGlobal());
        assertEquals(Optional.empty(), repository.findSpace("RC"));
    }

    @Test
    public void globalSettingsRoundTrip() {
        InvolvementSettings settings = new InvolvementSettings(5, new ParityFraction(2, 5));

        repository.saveGlobal(settings);

        assertEquals(Optional.of(settings), repository.findGlobal());
    }

    @Test
    public void savingGlobalTwiceUpdatesTheOneRow() {
        repository.saveGlobal(new InvolvementSettings(5, ParityFraction.ONE_THIRD));
        repository.saveGlobal(new InvolvementSettings(7, new ParityFraction(1, 2)));

        assertEquals(Optional.of(new InvolvementSettings(7, new ParityFraction(1, 2))), repository.findGlobal());
        assertEquals(1, AO.activeObjects().count(SettingsEntity.class, "SCOPE = ?", "global"));
    }

    @Test
    public void spaceOverrideKeepsInheritedFieldsEmpty() {
        SpaceOverride override = new SpaceOverride("RC", Optional.empty(), Optional.of(new ParityFraction(1, 2)));

        repository.saveSpace(override);

        assertEquals(Optional.of(override), repository.findSpace("RC"));
        assertEquals(Optional.empty(), repository.findSpace("OTHER"));
    }

    @Test
    public void overrideThatInheritsEverythingRemovesTheSpaceRow() {
        repository.saveSpace(new SpaceOverride("RC", Optional.of(6), Optional.empty()));

        repository.saveSpace(SpaceOverride.inheritEverything("RC"));

        assertEquals(Optional.empty(), repository.findSpace("RC"));
        assertEquals(0, AO.activeObjects().count(SettingsEntity.class, "SCOPE = ?", "space:RC"));
    }

    @Test
    public void spacesDoNotShareRowsEvenWhenKeysDifferOnlyInCase() {
        repository.saveSpace(new SpaceOverride("rc", Optional.of(4), Optional.empty()));
        repository.saveSpace(new SpaceOverride("RC", Optional.of(9), Optional.empty()));

        assertEquals(Optional.of(4), repository.findSpace("rc").flatMap(SpaceOverride::suppressionThreshold));
        assertEquals(Optional.of(9), repository.findSpace("RC").flatMap(SpaceOverride::suppressionThreshold));
    }

    @Test
    public void rowEditedIntoNonsenseReadsAsNotSetInsteadOfBreakingPages() {
        SettingsEntity row = AO.activeObjects().create(SettingsEntity.class,
                new net.java.ao.DBParam(SettingsEntity.SCOPE, "global"));
        row.setSuppressionThreshold(0);
        row.setParityNumerator(5);
        row.setParityDenominator(3);
        row.save();

        assertEquals(Optional.empty(), repository.findGlobal());
    }

    @Test
    public void tableNameUsesTheAppsPermanentPrefix() {
        assertEquals("AO_2ED2E3_SETTINGS", AO.tableName(SettingsEntity.class));
    }
}
