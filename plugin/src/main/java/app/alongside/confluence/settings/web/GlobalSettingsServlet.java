package app.alongside.confluence.settings.web;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.SettingsForm;
import app.alongside.settings.SettingsService;
import app.alongside.validation.Validated;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code /plugins/servlet/alongside/admin/settings}: the site-wide settings screen for Confluence administrators. */
public class GlobalSettingsServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/admin/settings";

    private final SettingsService settings;
    private final PlacementRefresh placements;
    private final SettingsPages pages;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;

    @Inject
    public GlobalSettingsServlet(SettingsService settings, SettingsPages pages, AppPermissions permissions,
                                 CurrentUser currentUser, PlacementRefresh placements) {
        this.settings = settings;
        this.placements = placements;
        this.pages = pages;
        this.permissions = permissions;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(response)) {
            return;
        }
        InvolvementSettings current = settings.global();
        pages.render(request, response, screen(request), new SettingsForm(
                        String.valueOf(current.suppressionThreshold()), current.parityFraction().toString()),
                Optional.empty(), List.of(), "true".equals(request.getParameter("saved")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (refused(response)) {
            return;
        }
        SettingsForm typed = SettingsPages.formFrom(request);
        if (!pages.hasValidToken(request)) {
            // Keep what was typed so nothing is lost; ask for a resubmission with a fresh token.
            pages.render(request, response, screen(request), typed, Optional.empty(),
                    List.of(app.alongside.validation.Problem.of(SettingsPages.FORM,
                            "alongside.settings.error.xsrf")), false);
            return;
        }
        Validated<InvolvementSettings> result = settings.updateGlobal(typed);
        if (result.isValid()) {
            placements.settingsChanged(Optional.empty());
            response.sendRedirect(request.getContextPath() + PATH + "?saved=true");
        } else {
            pages.render(request, response, screen(request), typed, Optional.empty(), result.problems(), false);
        }
    }

    private boolean refused(HttpServletResponse response) throws IOException {
        String title = pages.text("alongside.settings.global.title");
        if (currentUser.get().isEmpty()) {
            pages.message(response, HttpServletResponse.SC_UNAUTHORIZED, title, "alongside.settings.error.login");
            return true;
        }
        if (!permissions.isConfluenceAdministrator(currentUser.get())) {
            pages.message(response, HttpServletResponse.SC_FORBIDDEN, title,
                    "alongside.settings.error.forbidden.global");
            return true;
        }
        return false;
    }

    private SettingsPages.Screen screen(HttpServletRequest request) {
        return new SettingsPages.Screen("atl.admin", pages.text("alongside.settings.global.title"),
                pages.text("alongside.settings.global.intro"), request.getContextPath() + PATH);
    }
}
