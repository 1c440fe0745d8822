package app.alongside.workbench.http;

import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.plugin.InstalledPlugin;
import app.alongside.workbench.plugin.descriptor.AcceptedModule;
import app.alongside.workbench.plugin.descriptor.ModuleDescriptor;
import app.alongside.workbench.plugin.descriptor.PluginDescriptor;
import app.alongside.workbench.plugin.descriptor.UnsupportedModule;
import app.alongside.workbench.render.Html;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;

/**
 * {@code /workbench/about}: what the workbench is hosting and how. The app's modules and whether each is hosted,
 * the module types it does not host, the host services, where the data is, and the demo logins.
 */
final class AboutServlet extends WorkbenchServlet {

    static final String PATH = "/workbench/about";

    private final transient InstalledPlugin plugin;
    private final transient UserDirectory users;
    private final transient HostFacts facts;

    AboutServlet(Chrome chrome, InstalledPlugin plugin, UserDirectory users, HostFacts facts) {
        super(chrome);
        this.plugin = plugin;
        this.users = users;
        this.facts = facts;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PluginDescriptor descriptor = plugin.descriptor();
        StringBuilder body = new StringBuilder("<h1>About the workbench</h1>\n")
                .append("<p>The workbench hosts the app's own jar through its own atlassian-plugin.xml, as Confluence "
                        + "Data Center would, with host services standing in for Confluence's. It is for trying the "
                        + "app and for testing it; it is not Confluence.</p>\n")
                .append("<h2>The app</h2>\n<dl class=\"wb-facts\">\n")
                .append(fact("Name", descriptor.name())).append(fact("Plugin key", descriptor.key()))
                .append(fact("Version", descriptor.version()))
                .append(fact("Macros", String.join(", ", plugin.macroNames())))
                .append(fact("Active Objects table prefix", plugin.activeObjectsTablePrefix().orElse("none")))
                .append("</dl>\n");
        unsupported(descriptor.unsupported(), descriptor.warnings(), body);
        modules(descriptor.modules(), body);
        body.append("<h2>Host services offered to the app</h2>\n<ul class=\"wb-list wb-code-list\">\n");
        facts.hostServices().forEach(s -> body.append("<li><code>").append(Html.escape(s)).append("</code></li>\n"));
        body.append("</ul>\n<h2>Data</h2>\n<dl class=\"wb-facts\">\n")
                .append(fact("Data directory", facts.dataDirectory())).append(fact("Database", facts.database()))
                .append("</dl>\n<p>Start with <code>--reset</code> to wipe the data and restore the demo.</p>\n");
        people(body);
        chrome.write(request, response, 200, Screen.of("About the workbench", body.toString()));
    }

    private static void unsupported(List<UnsupportedModule> unsupported, List<String> warnings, StringBuilder body) {
        body.append("<h2 id=\"unsupported\">Modules the workbench does not host</h2>\n");
        if (unsupported.isEmpty()) {
            body.append("<p>None: the workbench hosts every module the app declares.</p>\n");
        } else {
            body.append("<p>These parts of the app do nothing in the workbench. Try them in Confluence.</p>\n")
                    .append("<ul class=\"wb-list\" id=\"unsupported-modules\">\n");
            unsupported.forEach(m -> body.append("<li>").append(Html.escape(m.describe())).append("</li>\n"));
            body.append("</ul>\n");
        }
        if (!warnings.isEmpty()) {
            body.append("<p>Also not evaluated:</p>\n<ul class=\"wb-list\">\n");
            warnings.forEach(w -> body.append("<li>").append(Html.escape(w)).append("</li>\n"));
            body.append("</ul>\n");
        }
    }

    private static void modules(List<ModuleDescriptor> modules, StringBuilder body) {
        body.append("<h2>All modules</h2>\n<table class=\"wb-table\">\n<caption>The app's modules, in descriptor order"
                + "</caption>\n<thead><tr><th scope=\"col\">Type</th><th scope=\"col\">Key</th>"
                + "<th scope=\"col\">In the workbench</th></tr></thead>\n<tbody>\n");
        for (ModuleDescriptor module : modules) {
            String status = module instanceof UnsupportedModule u ? "Not hosted: " + u.why()
                    : module instanceof AcceptedModule a ? "Accepted: " + a.why() : "Hosted";
            body.append("<tr><td>").append(Html.escape(module.type())).append("</td><td>")
                    .append(Html.escape(module.key())).append("</td><td>").append(Html.escape(status))
                    .append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    private void people(StringBuilder body) {
        body.append("<h2>Demo people</h2>\n<p>Act as anyone with the switcher at the top. For the REST API use HTTP "
                + "Basic authentication: every password is the username, for example <code>curl -u admin:admin "
                + "http://127.0.0.1:8090/rest/alongside/1.0/settings</code>.</p>\n<table class=\"wb-table\">\n"
                + "<caption>People in the workbench</caption>\n<thead><tr><th scope=\"col\">Name</th>"
                + "<th scope=\"col\">Username and password</th><th scope=\"col\">Groups</th></tr></thead>\n<tbody>\n");
        for (WorkbenchUser user : users.all()) {
            body.append("<tr><td>").append(Html.escape(user.fullName())).append("</td><td><code>")
                    .append(Html.escape(user.username())).append("</code></td><td>")
                    .append(Html.escape(String.join(", ", users.groupsOf(user.username())))).append("</td></tr>\n");
        }
        body.append("</tbody>\n</table>\n");
    }

    private static String fact(String term, String value) {
        return "<dt>" + Html.escape(term) + "</dt><dd>" + Html.escape(value) + "</dd>\n";
    }
}
