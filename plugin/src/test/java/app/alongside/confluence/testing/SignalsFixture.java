package app.alongside.confluence.testing;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.signal.CardPlacements;
import app.alongside.confluence.signal.LivePlacements;
import app.alongside.confluence.web.CurrentRequest;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SettingsService;
import app.alongside.ladder.AgreedCharters;
import app.alongside.ladder.CharterParityRules;
import app.alongside.signal.Acknowledgements;
import app.alongside.signal.InMemoryAcknowledgementStore;
import app.alongside.text.Messages;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The decision card's ladder placement for adapter tests: real core (placer, signals, acknowledgements over the
 * in-memory store), the space's default rules, a fixed day (29 November 2026) and mocked XSRF tokens.
 */
public final class SignalsFixture {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);
    public static final String TOKEN = "token-123";

    public final InMemoryAcknowledgementStore store = new InMemoryAcknowledgementStore();
    public final Acknowledgements acknowledgements = new Acknowledgements(store, CLOCK);
    public final LivePlacements live = new LivePlacements(
            new CharterParityRules(new SettingsService(mock(SettingsRepository.class)), AgreedCharters.NONE), CLOCK);
    public final XsrfTokenAccessor xsrfTokens = mock(XsrfTokenAccessor.class);
    public final XsrfTokenValidator xsrfValidator = mock(XsrfTokenValidator.class);

    public SignalsFixture() {
        when(xsrfValidator.getXsrfParameterName()).thenReturn("atl_token");
        when(xsrfTokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn(TOKEN);
    }

    public CardPlacements cardPlacements(AppPermissions permissions, CurrentUser currentUser, CurrentRequest request,
                                         UserAccessor users, Messages messages) {
        return new CardPlacements(live, acknowledgements, permissions, currentUser, request, xsrfTokens,
                xsrfValidator, users, messages);
    }
}
