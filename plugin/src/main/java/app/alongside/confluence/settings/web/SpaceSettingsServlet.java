package app.alongside.confluence.settings.web;

import app.alongside.confluence.security.AppPermissions;
import app.alongside.confluence.security.CurrentUser;
import app.alongside.confluence.ladder.PlacementRefresh;
import app.alongside.settings.SettingsForm;
import app.alongside.settings.SettingsService;
import app.alongside.settings.SpaceKeys;
import app.alongside.settings.SpaceOverride;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** {@code /plugins/servlet/alongside/space-settings?key=KEY}: a space's settings, for its administrators. */
public class SpaceSettingsServlet extends HttpServlet {

    static final String PATH = "/plugins/servlet/alongside/space-settings";

    private final SettingsService settings;
    private final PlacementRefresh placements;
    private final SettingsPages pages;
    private final AppPermissions permissions;
    private final CurrentUser currentUser;

    @Inject
    public SpaceSettingsServlet(SettingsService settings, SettingsPages pages, AppPermissions permissions,
                                CurrentUser currentUser, PlacementRefresh placements) {
        this.settings = settings;
        this.placements = placements;
        this.pages = pages;
        this.permissions = permissions;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Space> space = administrableSpace(request, response);
        if (space.isEmpty()) {
            return;
        }
        SpaceOverride override = settings.overrideFor(space.get().getKey());
        SettingsForm values = new SettingsForm(
                override.suppressionThreshold().map(String::valueOf).orElse(""),
                override.parityFraction().map(Object::toString).orElse(""));
        pages.render(request, response, screen(request, space.get()), values, Optional.of(settings.global()),
                List.of(), "true".equals(request.getParameter("saved")));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Space> space = administrableSpace(request, response);
        if (space.isEmpty()) {
            return;
        }
        SettingsForm typed = SettingsPages.formFrom(request);
        if (!pages.hasValidToken(request)) {
            pages.render(request, response, screen(request, space.get()), typed, Optional.of(settings.global()),
                    List.of(Problem.of(SettingsPages.FORM, "alongside.settings.error.xsrf")), false);
            return;
        }
        Validated<SpaceOverride> result = settings.updateSpace(space.get().getKey(), typed);
        if (result.isValid()) {
            placements.settingsChanged(Optional.of(space.get().getKey()));
            response.sendRedirect(action(request, space.get()) + "&saved=true");
        } else {
            pages.render(request, response, screen(request, space.get()), typed, Optional.of(settings.global()),
                    result.problems(), false);
        }
    }

    private Optional<Space> administrableSpace(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String title = pages.text("alongside.settings.global.title");
        Optional<ConfluenceUser> user = currentUser.get();
        if (user.isEmpty()) {
            pages.message(response, HttpServletResponse.SC_UNAUTHORIZED, title, "alongside.settings.error.login");
            return Optional.empty();
        }
        String key = request.getParameter("key");
        Optional<Space> space = SpaceKeys.isValid(key) ? permissions.viewableSpace(user, key) : Optional.empty();
        if (space.isEmpty()) {
            pages.message(response, HttpServletResponse.SC_NOT_FOUND, title, "alongside.settings.error.space.unknown",
                    key == null ? "" : key);
            return Optional.empty();
        }
        if (!permissions.canAdministerSpace(user, space.get())) {
            pages.message(response, HttpServletResponse.SC_FORBIDDEN, title,
                    "alongside.settings.error.forbidden.space");
            return Optional.empty();
        }
        return space;
    }

    private SettingsPages.Screen screen(HttpServletRequest request, Space space) {
        return new SettingsPages.Screen("atl.general", pages.text("alongside.settings.space.title", space.getName()),
                pages.text("alongside.settings.space.intro"), action(request, space));
    }

    private static String action(HttpServletRequest request, Space space) {
        return request.getContextPath() + PATH + "?key=" + URLEncoder.encode(space.getKey(), StandardCharsets.UTF_8);
    }
}
