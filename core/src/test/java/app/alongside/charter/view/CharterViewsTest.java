package app.alongside.charter.view;

import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.checkin.Period;
import app.alongside.charter.signing.SigningStatus;
import app.alongside.principle.Framework;
import app.alongside.text.Messages;
import app.alongside.validation.Problem;
import org.junit.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CharterViewsTest {

    /** Echoes the key and its arguments, so the tests see what would be said. */
    private static final Messages ECHO = (key, args) -> args.length == 0 ? key : key + Arrays.toString(args);
    private final CharterViews views = new CharterViews(ECHO);

    @Test
    public void periodsAreNamedAsPeopleSayThem() {
        assertEquals("November 2026", views.periodName(new Period(Frequency.MONTHLY, 2026, 11)));
        assertEquals("alongside.checkin.period.quarterly[October, December 2026]",
                views.periodName(new Period(Frequency.QUARTERLY, 2026, 4)));
        assertEquals("2026", views.periodName(new Period(Frequency.YEARLY, 2026, 1)));
    }

    @Test
    public void eachViewerGetsOnlyTheButtonsThatFitWhereTheyStand() {
        assertEquals(List.of(), views.signingButtons(SigningStatus.Viewer.ANONYMOUS));
        assertEquals(List.of("sign"), values(SigningStatus.Viewer.NOT_SIGNED));
        assertEquals(List.of("withdraw"), values(SigningStatus.Viewer.SIGNED));
        assertEquals(List.of("sign", "withdraw"), values(SigningStatus.Viewer.SIGNED_EARLIER_VERSION));
    }

    @Test
    public void theCheckInFormKeepsWhatWasTypedAndPutsEachProblemByItsPrinciple() {
        CharterForms.CheckInForm form = views.checkInForm(Framework.NEF, new Period(Frequency.QUARTERLY, 2026, 4),
                Map.of("assets", "9", "capabilities", "3"), Map.of("assets", "Kept"),
                List.of(Problem.of(CheckIns.SCORE_FIELD_PREFIX + "assets", "alongside.checkin.error.score", "assets",
                        "9"), Problem.of(CheckIns.FORM, "alongside.checkin.error.none")));

        assertEquals(Framework.NEF.principles().size(), form.fields().size());
        CharterForms.Field assets = form.fields().get(0);
        assertEquals("Kept", assets.comment());
        assertEquals("alongside.checkin.error.score[alongside.principle.nef.assets.name, 9]", assets.problem());
        assertTrue(assets.options().stream().noneMatch(CharterForms.Option::checked));
        CharterForms.Field capabilities = form.fields().get(1);
        assertEquals(Optional.of("3"), capabilities.options().stream().filter(CharterForms.Option::checked)
                .map(CharterForms.Option::value).findFirst());
        assertEquals("", capabilities.problem());
        assertEquals(List.of("alongside.checkin.error.none"), form.problems());
    }

    @Test
    public void aPrincipleNoLongerInTheFrameworkIsShownByItsStoredCode() {
        assertEquals("alongside.principle.nef.assets.name", views.principleName(Optional.of(Framework.NEF), "assets"));
        assertEquals("retired-principle", views.principleName(Optional.of(Framework.NEF), "retired-principle"));
        assertEquals("assets", views.principleName(Optional.empty(), "assets"));
    }

    private List<String> values(SigningStatus.Viewer viewer) {
        return views.signingButtons(viewer).stream().map(CharterForms.Button::value).toList();
    }
}
