package app.alongside.confluence.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.confluence.xhtml.api.XhtmlContent;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The one place that imports Confluence's services into the app's Spring context. Spring Scanner turns each
 * {@link ComponentImport} below into an OSGi service import; every other component then receives the service by
 * constructor injection without naming the platform again. Add an import here, never elsewhere.
 */
@Named
public final class HostComponents {

    @Inject
    public HostComponents(
            @ComponentImport ActiveObjects activeObjects,
            @ComponentImport TemplateRenderer templateRenderer,
            @ComponentImport I18nResolver i18nResolver,
            @ComponentImport PageBuilderService pageBuilderService,
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport SpacePermissionManager spacePermissionManager,
            @ComponentImport SpaceManager spaceManager,
            @ComponentImport XsrfTokenAccessor xsrfTokenAccessor,
            @ComponentImport XsrfTokenValidator xsrfTokenValidator,
            @ComponentImport UserAccessor userAccessor,
            @ComponentImport XhtmlContent xhtmlContent,
            @ComponentImport HttpContext httpContext,
            @ComponentImport EventPublisher eventPublisher,
            @ComponentImport PageManager pageManager,
            @ComponentImport TransactionTemplate transactionTemplate,
            @ComponentImport UserManager userManager) {
        // Nothing to do: the parameters exist so that the imports are declared in one place.
    }
}
