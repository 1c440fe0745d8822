package app.alongside.workbench.http;

import app.alongside.workbench.blueprint.Blueprints;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.security.AccessRules;
import app.alongside.workbench.host.security.SessionXsrfTokens;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.web.RequestWebResources;
import app.alongside.workbench.host.web.WebResourceRegistry;
import app.alongside.workbench.http.api.ConfluenceRestApi;
import app.alongside.workbench.plugin.InstalledPlugin;
import app.alongside.workbench.plugin.descriptor.ServletModule;
import app.alongside.workbench.render.StorageRenderer;
import com.atlassian.sal.api.message.I18nResolver;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.util.EnumSet;
import java.util.Objects;

/**
 * The workbench on Jetty 12 (Servlet 6): Confluence's addresses for pages and spaces, the app's servlets below
 * {@code /plugins/servlet}, its REST modules below {@code /rest}, its resources below {@code /download/resources},
 * and the workbench's own screens below {@code /workbench}.
 */
public final class WorkbenchServer {

    /** Everything the HTTP layer serves from. */
    public record Parts(InstalledPlugin plugin, UserDirectory users, ContentStore store, AccessRules access,
                        SessionXsrfTokens xsrf, RequestWebResources required, WebResourceRegistry webResources,
                        I18nResolver i18n, HostFacts facts, StorageRenderer renderer, Blueprints blueprints) {
        public Parts {
            Objects.requireNonNull(plugin, "plugin");
            Objects.requireNonNull(users, "users");
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(xsrf, "xsrf");
            Objects.requireNonNull(required, "required");
            Objects.requireNonNull(webResources, "webResources");
            Objects.requireNonNull(i18n, "i18n");
            Objects.requireNonNull(facts, "facts");
            Objects.requireNonNull(renderer, "renderer");
            Objects.requireNonNull(blueprints, "blueprints");
        }
    }

    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;

    public WorkbenchServer(String host, int port, Parts parts) {
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("workbench-http");
        server = new Server(threads);
        server.setStopTimeout(2_000);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        context = context(parts);
        server.setHandler(context);
        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        server.setErrorHandler(errors);
    }

    private static ServletContextHandler context(Parts parts) {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSessionCookie("WORKBENCHSESSIONID");

        Chrome chrome = new Chrome(parts.users(), parts.access(), parts.xsrf(), parts.required(),
                parts.webResources(), parts.plugin(), parts.i18n());
        StorageRenderer renderer = parts.renderer();
        EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
        context.addFilter(new FilterHolder(new RequestContextFilter(new Authenticator(parts.users()), parts.required())),
                "/*", requests);
        context.addFilter(new FilterHolder(new DecoratorFilter(chrome)), ServletModule.PREFIX + "/*", requests);

        context.addServlet(new ServletHolder("home", new HomeServlet(chrome, parts.store(), parts.access())), "");
        context.addServlet(new ServletHolder("not-found", new NotFoundServlet(chrome)), "/");
        context.addServlet(new ServletHolder("space", new SpaceServlet(chrome, parts.store(), parts.access(),
                parts.users())), "/display/*");
        context.addServlet(new ServletHolder("view-page", new ViewPageServlet(chrome, parts.store(), parts.access(),
                parts.users(), renderer)), ViewPageServlet.PATH);
        EditorServlet editor = new EditorServlet(chrome, parts.store(), parts.access(), parts.xsrf(), renderer);
        context.addServlet(new ServletHolder("edit-page", editor), EditorServlet.EDIT_PATH);
        context.addServlet(new ServletHolder("create-page", editor), EditorServlet.CREATE_PATH);
        context.addServlet(new ServletHolder("act-as", new ActAsServlet(chrome, parts.users(), parts.xsrf())),
                ActAsServlet.PATH);
        context.addServlet(new ServletHolder("about", new AboutServlet(chrome, parts.plugin(), parts.users(),
                parts.facts())), AboutServlet.PATH);
        CreateServlet create = new CreateServlet(chrome, parts.store(), parts.access(), parts.xsrf(), parts.blueprints());
        context.addServlet(new ServletHolder("create", create), CreateServlet.PATH);
        context.addServlet(new ServletHolder("create-wizard", create), CreateServlet.WIZARD_PATH);
        TrashServlet trash = new TrashServlet(chrome, parts.store(), parts.access(), parts.xsrf());
        for (String path : new String[] {TrashServlet.REMOVE_PATH, TrashServlet.TRASH_PATH, TrashServlet.RESTORE_PATH,
                TrashServlet.PURGE_PATH}) {
            context.addServlet(new ServletHolder("trash:" + path, trash), path);
        }
        ServletHolder api = new ServletHolder("confluence-rest-api", ConfluenceRestApi.servlet(parts.store(),
                parts.access(), parts.users(), renderer));
        api.setInitOrder(1);
        context.addServlet(api, ConfluenceRestApi.PATH + "/*");
        context.addServlet(new ServletHolder("static", new StaticServlet()), StaticServlet.PATH + "/*");
        context.addServlet(new ServletHolder("downloads", new DownloadServlet(parts.webResources())),
                "/download/resources/*");

        for (InstalledPlugin.ServletBinding binding : parts.plugin().servlets()) {
            ServletHolder holder = new ServletHolder(binding.module().key(), binding.servlet());
            holder.setInitParameters(binding.module().initParams());
            holder.setInitOrder(1); // init() at start-up, so a failing servlet stops the start instead of a request
            for (String pattern : binding.module().urlPatterns()) {
                context.getServletHandler().addServletWithMapping(holder, ServletModule.PREFIX + pattern);
            }
        }
        for (InstalledPlugin.RestBinding binding : parts.plugin().rest()) {
            ServletHolder holder = new ServletHolder("rest:" + binding.module().key(),
                    RestModules.servlet(binding, parts.access()));
            holder.setInitOrder(1); // Jersey validates the resources at init: at start-up, not at the first call
            context.addServlet(holder, binding.module().basePath() + "/*");
        }
        return context;
    }

    /**
     * Starts serving.
     *
     * @throws IllegalStateException if one of the app's servlets or REST modules failed to initialise
     */
    public void start() throws Exception {
        server.start();
        for (ServletHolder holder : context.getServletHandler().getServlets()) {
            if (!holder.isAvailable()) {
                Throwable cause = holder.getUnavailableException();
                server.stop();
                throw new IllegalStateException("The servlet " + holder.getName() + " could not be started"
                        + (cause == null ? "" : ": " + cause.getMessage()), cause);
            }
        }
    }

    /** The port actually bound (useful when asked for port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    public void stop() throws Exception {
        server.stop();
    }
}
