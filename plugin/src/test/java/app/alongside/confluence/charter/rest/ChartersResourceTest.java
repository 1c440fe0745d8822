package app.alongside.confluence.charter.rest;

import app.alongside.charter.CharterReader;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.checkin.Frequency;
import app.alongside.charter.checkin.InMemoryCheckInStore;
import app.alongside.charter.signing.InMemorySignatureStore;
import app.alongside.charter.signing.Signing;
import app.alongside.confluence.charter.web.CharterPages;
import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.security.ViewableSpaces;
import app.alongside.confluence.settings.rest.ErrorJson;
import app.alongside.confluence.testing.AppRendering;
import app.alongside.decision.register.InMemoryDecisionIndex;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.participant.ParticipantSubjects;
import app.alongside.perspective.InMemoryPerspectiveStore;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import jakarta.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

public class ChartersResourceTest {

    private static final long PAGE_ID = 700;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final AppRendering rendering = new AppRendering();
    private final CharterPages pages = mock(CharterPages.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final AppPermissions permissions = mock(AppPermissions.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final InMemoryDecisionIndex index = new InMemoryDecisionIndex(TODAY);
    private final SettingsService settings = new SettingsService(mock(SettingsRepository.class));
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    private final Signing signing = new Signing(new InMemorySignatureStore(), clock);
    private final CheckIns checkIns = new CheckIns(new InMemoryCheckInStore());
    private final ChartersResource resource = new ChartersResource(pages, new CommitmentEvaluator(index,
            new InvolvementTotals(new InMemoryPerspectiveStore(), new ParticipantSubjects(new InMemoryParticipantIndex()),
                    index, settings), new app.alongside.meeting.InMemoryMeetingIndex(),
            app.alongside.reciprocity.RecognitionTimeliness.NONE), signing, checkIns,
            settings, permissions, ids -> ids, currentUser, userAccessor, rendering.messages, clock);
    private ConfluenceUser amir;

    @Before
    public void setUp() {
        amir = user("u-amir", "Amir Khan");
        when(currentUser.get()).thenReturn(Optional.of(amir));
        when(permissions.viewableSpaces(any(), any())).thenReturn(new ViewableSpaces(Set.of("RC"), List.of("RC"),
                List.of()));
        when(pages.find(any(), eq(PAGE_ID))).thenReturn(Optional.of(new CharterPages.CharterPage(PAGE_ID, 2, "RC",
                new CharterReader().readMacro("RC", Map.of("group", "G", "framework", "nef", "commitments",
                        "chair-rotates"), null), Frequency.QUARTERLY)));
    }

    @Test
    public void anonymousCallersGet401ForEveryCall() {
        when(currentUser.get()).thenReturn(Optional.empty());

        assertEquals(401, resource.charter("700").getStatus());
        assertEquals(401, resource.sign("700", Map.of()).getStatus());
        assertEquals(401, resource.withdraw("700").getStatus());
        assertEquals(401, resource.trend("700").getStatus());
        assertEquals(401, resource.checkIn("700", Map.of()).getStatus());
    }

    @Test
    public void aPageTheCallerCannotViewIsNotFoundAndNothingChanges() {
        assertEquals(404, resource.charter("701").getStatus());
        assertEquals(404, resource.sign("701", Map.of()).getStatus());
        assertEquals(404, resource.checkIn("not-a-number", Map.of()).getStatus());
        assertTrue(signing.status(701, 1, Optional.of("u-amir")).signatures().isEmpty());
    }

    @Test
    public void theCharterGivesEachCommitmentsStateAndTheSigners() {
        signing.sign("u-amir", PAGE_ID, 1);

        CharterJson.CharterStateJson state = (CharterJson.CharterStateJson) resource.charter("700").getEntity();

        assertEquals("cannot-evaluate", state.commitments().get(0).state());
        assertEquals("Cannot be checked", state.commitments().get(0).stateName());
        assertEquals("signed-earlier-version", state.signing().viewer());
        assertEquals(List.of(new CharterJson.SignerJson("Amir Khan", 1, false)), state.signing().signers());
    }

    @Test
    public void signingAndWithdrawingChangeTheCallersOwnSignature() {
        Response signed = resource.sign("700", Map.of());
        assertEquals(200, signed.getStatus());
        assertEquals("signed", ((CharterJson.SigningJson) signed.getEntity()).viewer());

        Response withdrawn = resource.withdraw("700");
        assertEquals("not-signed", ((CharterJson.SigningJson) withdrawn.getEntity()).viewer());
    }

    @Test
    public void aCheckInIsStoredOnceAndASecondInThePeriodIsAConflict() {
        Response first = resource.checkIn("700", Map.of("scores", Map.of("assets", "4")));
        assertEquals(200, first.getStatus());
        CharterJson.TrendJson trend = (CharterJson.TrendJson) first.getEntity();
        assertTrue(trend.answeredThisPeriod());
        CharterJson.PrincipleJson assets = trend.periods().get(0).principles().get(0);
        assertNull("one answer is below k", assets.mean());
        assertTrue(assets.notShown().startsWith("Not shown: fewer than"));

        assertEquals(409, resource.checkIn("700", Map.of("scores", Map.of("assets", 5))).getStatus());
    }

    @Test
    public void aBadScoreIsRefusedWithTheFieldNamed() {
        Response refused = resource.checkIn("700", Map.of("scores", Map.of("assets", "9")));

        assertEquals(400, refused.getStatus());
        ErrorJson error = (ErrorJson) refused.getEntity();
        assertEquals("score.assets", error.errors().get(0).field());
        assertTrue(checkIns.results(PAGE_ID, 1).periods().isEmpty());
    }

    private ConfluenceUser user(String key, String fullName) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(user.getName()).thenReturn(key);
        when(user.getFullName()).thenReturn(fullName);
        when(userAccessor.getUserByKey(new UserKey(key))).thenReturn(user);
        return user;
    }
}
