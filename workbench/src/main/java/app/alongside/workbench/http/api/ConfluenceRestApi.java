package app.alongside.workbench.http.api;

import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.servlet.ServletContainer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subset of Confluence's own REST API that tools use, served by Jersey 3 at {@value #PATH}: content
 * ({@link ContentResource}) and spaces ({@link SpaceResource}), for the people the workbench knows (HTTP Basic or the
 * "Acting as" cookie). As in Confluence, a state-changing request with a content type a browser form can send is
 * refused without {@code X-Atlassian-Token: no-check}.
 */
public final class ConfluenceRestApi {

    public static final String PATH = "/rest/api";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private ConfluenceRestApi() {
    }

    public static ServletContainer servlet(ContentStore store, AccessRules access, UserDirectory users,
                                           StorageRenderer renderer) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("confluence-rest-api");
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        config.register(JacksonFeature.class);
        config.register(new Guard());
        config.register(new ContentResource(store, access, users, renderer));
        config.register(new SpaceResource(store, access, users, renderer));
        return new ServletContainer(config);
    }

    /** Who may call, and the XSRF rule, before anything else. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    static final class Guard implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!SAFE_METHODS.contains(request.getMethod()) && request.getMediaType() != null
                    && FORM_TYPES.contains((request.getMediaType().getType() + "/"
                    + request.getMediaType().getSubtype()).toLowerCase(Locale.ROOT))
                    && !"no-check".equalsIgnoreCase(request.getHeaderString("X-Atlassian-Token"))) {
                request.abortWith(ApiError.response(Response.Status.FORBIDDEN, "XSRF check failed"));
                return;
            }
            if (AuthenticatedUserThreadLocal.get() == null) {
                request.abortWith(ApiError.response(Response.Status.UNAUTHORIZED,
                        "Client must be authenticated to access this resource."));
            }
        }
    }
}
