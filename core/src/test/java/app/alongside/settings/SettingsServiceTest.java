package app.alongside.settings;

import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

public class SettingsServiceTest {

    private final InMemorySettingsRepository repository = new InMemorySettingsRepository();
    private final SettingsService service = new SettingsService(repository);

    @Test
    public void defaultsAreThresholdThreeAndParityOneThird() {
        assertEquals(new InvolvementSettings(3, ParityFraction.ONE_THIRD), service.global());
        assertEquals(service.global(), service.effectiveFor("RC"));
    }

    @Test
    public void savedGlobalSettingsApplyToEverySpace() {
        service.updateGlobal(new SettingsForm("5", "1/2"));

        assertEquals(new InvolvementSettings(5, new ParityFraction(1, 2)), service.effectiveFor("RC"));
    }

    @Test
    public void spaceOverrideReplacesOnlyTheFieldsItSets() {
        service.updateGlobal(new SettingsForm("4", "1/3"));
        service.updateSpace("RC", new SettingsForm("", "1/2"));

        assertEquals(new InvolvementSettings(4, new ParityFraction(1, 2)), service.effectiveFor("RC"));
        assertEquals(new InvolvementSettings(4, ParityFraction.ONE_THIRD), service.effectiveFor("OTHER"));
    }

    @Test
    public void spaceMayRaiseButNotLowerTheSuppressionThreshold() {
        service.updateGlobal(new SettingsForm("5", "1/3"));

        Validated<SpaceOverride> lowered = service.updateSpace("RC", new SettingsForm("3", ""));
        Validated<SpaceOverride> raised = service.updateSpace("RC", new SettingsForm("8", ""));

        assertFalse(lowered.isValid());
        assertEquals(List.of(Problem.of("suppressionThreshold", "alongside.settings.error.threshold.belowGlobal", 5)),
                lowered.problems());
        assertTrue(raised.isValid());
        assertEquals(8, service.effectiveFor("RC").suppressionThreshold());
    }

    @Test
    public void globalFloorWinsWhenAdminRaisesItAfterASpaceSavedLess() {
        service.updateSpace("RC", new SettingsForm("4", ""));
        service.updateGlobal(new SettingsForm("6", "1/3"));

        assertEquals(6, service.effectiveFor("RC").suppressionThreshold());
    }

    @Test
    public void blankSpaceFormInheritsEverythingAndRemovesTheOverride() {
        service.updateSpace("RC", new SettingsForm("4", "1/2"));
        service.updateSpace("RC", new SettingsForm(" ", ""));

        assertEquals(0, repository.spaceRows());
        assertTrue(service.overrideFor("RC").inheritsEverything());
    }

    @Test
    public void invalidGlobalFormSavesNothingAndNamesEveryBadField() {
        Validated<InvolvementSettings> result = service.updateGlobal(new SettingsForm("1", "two thirds"));

        assertFalse(result.isValid());
        assertEquals(List.of("suppressionThreshold", "parityFraction"),
                result.problems().stream().map(Problem::field).toList());
        assertEquals(Optional.empty(), repository.findGlobal());
    }

    @Test
    public void globalFormRequiresBothFields() {
        Validated<InvolvementSettings> result = new SettingsForm("", null).toGlobal();

        assertEquals(List.of("alongside.settings.error.threshold.required", "alongside.settings.error.parity.required"),
                result.problems().stream().map(Problem::messageKey).toList());
    }

    @Test
    public void nonNumericThresholdIsReportedWithWhatWasTyped() {
        Validated<InvolvementSettings> result = new SettingsForm("three", "1/3").toGlobal();

        assertEquals(List.of(Problem.of("suppressionThreshold", "alongside.settings.error.threshold.notNumber", "three")),
                result.problems());
    }

    @Test(expected = IllegalArgumentException.class)
    public void hostileSpaceKeyIsRejected() {
        service.effectiveFor("<script>");
    }
}
