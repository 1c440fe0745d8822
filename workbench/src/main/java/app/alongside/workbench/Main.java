package app.alongside.workbench;

import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import app.alongside.workbench.plugin.PluginLoadException;
import app.alongside.workbench.plugin.descriptor.UnsupportedModule;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** {@code java -jar alongside-workbench.jar [--port N] [--data-dir DIR] [--reset] [--db h2|postgres] ...} */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(WorkbenchOptions.USAGE);
            return;
        }
        WorkbenchOptions options;
        try {
            options = WorkbenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(WorkbenchOptions.USAGE);
            System.exit(2);
            return;
        }
        Workbench workbench = new Workbench(options);
        try {
            workbench.start();
        } catch (DataDirectoryLock.DataDirectoryInUseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        } catch (PluginLoadException e) {
            System.err.println("The app could not be loaded: " + e.getMessage());
            System.exit(1);
            return;
        } catch (Exception e) {
            if (hasCause(e, java.net.BindException.class)) {
                System.err.println("Port " + options.port() + " on " + options.host() + " is already in use. Stop what "
                        + "is using it, or choose another port with --port.");
            } else {
                System.err.println("The workbench could not start: " + e);
                e.printStackTrace();
            }
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(workbench::stop, "workbench-shutdown"));
        printWelcome(workbench, System.out);
    }

    static void printWelcome(Workbench workbench, PrintStream out) {
        UserDirectory directory = workbench.host().users();
        out.println();
        out.println("Alongside workbench is ready: " + workbench.baseUrl() + "/");
        out.println("  Data: " + workbench.options().dataDirectory().toAbsolutePath().normalize()
                + " (" + workbench.options().database().name().toLowerCase() + "; --reset restores the demo)");
        out.println("  Demo logins (choose one under \"Acting as\"; for the REST API the password is the username):");
        for (WorkbenchUser user : workbench.people()) {
            out.println("    " + pad(user.username(), 8) + user.fullName()
                    + (directory.isAdministrator(user.username()) ? " (Confluence administrator)" : ""));
        }
        List<UnsupportedModule> unsupported = workbench.plugin().descriptor().unsupported();
        if (!unsupported.isEmpty()) {
            out.println("  Not hosted by the workbench (see " + workbench.baseUrl() + "/workbench/about):");
            unsupported.forEach(m -> out.println("    - " + m.describe()));
        }
        out.println("  Press Ctrl+C to stop.");
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
