package app.alongside.workbench.host;

import app.alongside.testsupport.render.BundleI18nResolver;
import app.alongside.testsupport.render.ConfluenceVelocityEngine;
import app.alongside.testsupport.render.VelocityAllowlist;
import app.alongside.testsupport.render.VelocityHelperServiceHost;
import app.alongside.testsupport.render.VelocityTemplateRenderer;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.HostPageManager;
import app.alongside.workbench.host.content.HostSpaceManager;
import app.alongside.workbench.host.content.HostTransactionTemplate;
import app.alongside.workbench.host.events.SynchronousEventPublisher;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.HostPermissionManager;
import app.alongside.workbench.host.security.HostSpacePermissionManager;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.host.users.HostUserAccessor;
import app.alongside.workbench.host.users.HostUserManager;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.web.CurrentHttpRequest;
import app.alongside.workbench.host.web.RequestWebResources;
import app.alongside.workbench.host.web.WebResourceRegistry;
import app.alongside.workbench.plugin.HostServices;
import app.alongside.workbench.render.HostXhtmlContent;
import app.alongside.workbench.plugin.descriptor.PluginDescriptor;
import app.alongside.workbench.plugin.descriptor.ResourceDescriptor;
import app.alongside.workbench.plugin.descriptor.VelocityAllowlistModule;
import app.alongside.workbench.plugin.descriptor.WebItemModule;
import app.alongside.workbench.plugin.descriptor.WebResourceModule;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.security.SpacePermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.web.context.HttpContext;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.confluence.xhtml.api.XhtmlContent;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;

/**
 * The host side of the workbench: people, spaces and pages, permissions, XSRF tokens, events, web resources, the
 * template renderer and i18n, built for one app from what its descriptor declares (its allowlist, its bundles,
 * its web resources). {@link #services()} is what the app may import.
 */
public final class WorkbenchHost {

    private final UserDirectory users = new UserDirectory();
    private final ContentStore store;
    private final AccessRules access;
    private final SessionXsrfTokens xsrf = new SessionXsrfTokens();
    private final SynchronousEventPublisher events = new SynchronousEventPublisher();
    private final RequestWebResources requiredResources = new RequestWebResources();
    private final WebResourceRegistry webResources;
    private final I18nResolver i18n;
    private final ConfluenceVelocityEngine velocity;
    private final HostXhtmlContent xhtmlContent = new HostXhtmlContent();

    public WorkbenchHost(PluginDescriptor descriptor, ClassLoader pluginClassLoader, Clock clock) {
        this.store = new ContentStore(clock);
        this.access = new AccessRules(users, store);
        this.webResources = new WebResourceRegistry(descriptor.key(), descriptor.modules(WebResourceModule.class),
                descriptor.resources("download"), pluginClassLoader);
        descriptor.modules(WebItemModule.class).stream().filter(item -> !item.resources().isEmpty())
                .forEach(item -> webResources.addModuleDownloads(item.key(), item.resources()));
        this.i18n = i18n(descriptor, pluginClassLoader);
        List<String> allowed = descriptor.modules(VelocityAllowlistModule.class).stream()
                .flatMap(m -> m.methods().stream()).toList();
        this.velocity = ConfluenceVelocityEngine.builder(pluginClassLoader).allowlist(VelocityAllowlist.of(allowed))
                .build();
    }

    /** The services the app may import, each under its Confluence interface. */
    public HostServices services() {
        HostServices services = new HostServices();
        services.provide(TemplateRenderer.class, new VelocityTemplateRenderer(velocity));
        services.provide(VelocityHelperService.class, new VelocityHelperServiceHost(velocity, i18n));
        services.provide(I18nResolver.class, i18n);
        services.provide(PageBuilderService.class, requiredResources);
        services.provide(PermissionManager.class, new HostPermissionManager(access, store));
        services.provide(SpacePermissionManager.class, new HostSpacePermissionManager(access));
        services.provide(SpaceManager.class, new HostSpaceManager(store));
        services.provide(PageManager.class, new HostPageManager(store));
        services.provide(UserAccessor.class, new HostUserAccessor(users));
        services.provide(UserManager.class, new HostUserManager(users));
        services.provide(XsrfTokenAccessor.class, xsrf);
        services.provide(XsrfTokenValidator.class, xsrf);
        services.provide(EventPublisher.class, events);
        services.provide(XhtmlContent.class, xhtmlContent);
        services.provide(HttpContext.class, new CurrentHttpRequest());
        services.provide(TransactionTemplate.class, new HostTransactionTemplate());
        return services;
    }

    /** Storage to view for the app's macros; attach the renderer once the app is loaded. */
    public HostXhtmlContent xhtmlContent() {
        return xhtmlContent;
    }

    public UserDirectory users() {
        return users;
    }

    public ContentStore store() {
        return store;
    }

    public AccessRules access() {
        return access;
    }

    public SessionXsrfTokens xsrf() {
        return xsrf;
    }

    public SynchronousEventPublisher events() {
        return events;
    }

    public RequestWebResources requiredResources() {
        return requiredResources;
    }

    public WebResourceRegistry webResources() {
        return webResources;
    }

    public I18nResolver i18n() {
        return i18n;
    }

    /** The app's bundles, as Confluence reads its {@code <resource type="i18n">}s; none gives keys back as text. */
    private static I18nResolver i18n(PluginDescriptor descriptor, ClassLoader classLoader) {
        String[] bundles = descriptor.resources("i18n").stream().map(ResourceDescriptor::location)
                .toArray(String[]::new);
        if (bundles.length == 0) {
            return new I18nResolver() {
                @Override
                public String getText(String key, Serializable... arguments) {
                    return key;
                }

                @Override
                public String getText(String key) {
                    return key;
                }
            };
        }
        return BundleI18nResolver.fromClasspath(classLoader, bundles);
    }
}
