package app.alongside.workbench.http;

import app.alongside.workbench.host.security.AccessRules;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Atlassian's REST v2 module enforces before a resource method runs, so that the app's resources meet it here
 * first: access is "licensed users only" unless the method, its class or its package is annotated otherwise
 * ({@code @AnonymousSiteAccess}, {@code @UnrestrictedAccess}, {@code @AdminOnly}, ...), and a state-changing request
 * with a content type a browser form can send is refused unless it carries {@code X-Atlassian-Token: no-check}.
 */
final class RestAccessFeature implements DynamicFeature {

    enum Level { UNRESTRICTED, LOGGED_IN, ADMIN }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded",
            "multipart/form-data", "text/plain");

    private final AccessRules access;

    RestAccessFeature(AccessRules access) {
        this.access = access;
    }

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        context.register(new AccessCheck(level(resource), access));
    }

    static Level level(ResourceInfo resource) {
        for (AnnotatedElement element : new AnnotatedElement[] {resource.getResourceMethod(),
                resource.getResourceClass(), resource.getResourceClass().getPackage()}) {
            if (element == null) {
                continue;
            }
            if (has(element, UnrestrictedAccess.class) || has(element, AnonymousSiteAccess.class)) {
                return Level.UNRESTRICTED;
            }
            if (has(element, AdminOnly.class) || has(element, SystemAdminOnly.class)) {
                return Level.ADMIN;
            }
            if (has(element, LicensedOnly.class) || has(element, UnlicensedSiteAccess.class)) {
                return Level.LOGGED_IN;
            }
        }
        return Level.LOGGED_IN; // secure by default
    }

    private static boolean has(AnnotatedElement element, Class<? extends Annotation> annotation) {
        return element.isAnnotationPresent(annotation);
    }

    /** Before anything else, even before a resource is matched, as Atlassian REST's XSRF protection does. */
    @PreMatching
    @Priority(Priorities.AUTHENTICATION - 100)
    static final class XsrfCheck implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!SAFE_METHODS.contains(request.getMethod()) && formLike(request.getMediaType())
                    && !isNoCheck(request.getHeaderString("X-Atlassian-Token"))) {
                request.abortWith(refusal(Response.Status.FORBIDDEN, "XSRF check failed"));
            }
        }

        private static boolean formLike(MediaType type) {
            if (type == null) {
                return false;
            }
            String bare = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
            return FORM_TYPES.contains(bare);
        }

        private static boolean isNoCheck(String header) {
            return header != null && (header.equalsIgnoreCase("no-check") || header.equalsIgnoreCase("nocheck"));
        }
    }

    /** Who may call the matched resource method. */
    @Priority(Priorities.AUTHENTICATION)
    record AccessCheck(Level level, AccessRules access) implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            ConfluenceUser user = AuthenticatedUserThreadLocal.get();
            if (level == Level.UNRESTRICTED) {
                return;
            }
            if (user == null) {
                request.abortWith(refusal(Response.Status.UNAUTHORIZED,
                        "Client must be authenticated to access this resource."));
            } else if (level == Level.ADMIN && !access.isConfluenceAdministrator(user)) {
                request.abortWith(refusal(Response.Status.FORBIDDEN,
                        "You do not have the permission to access this resource."));
            }
        }

    }

    static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("status-code", status.getStatusCode(), "message", message)).build();
    }
}
