package app.alongside.workbench;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * How to run the workbench: where to listen, where the data lives, which database, and whether to restore the demo.
 * Listening on anything but the loopback interface needs {@code --allow-remote}: every demo password is the
 * username.
 */
public record WorkbenchOptions(String host, int port, boolean allowRemote, Path dataDirectory, boolean reset,
                               Database database) {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final Path DEFAULT_DATA_DIRECTORY = Path.of("workbench-data");

    /** Where Active Objects keeps the app's tables. */
    public enum Database {
        /** An H2 database in a file in the data directory. */
        H2,
        /** PostgreSQL, configured with the {@code alongside.pg.*} system properties (see test-support's AoDatabase). */
        POSTGRES
    }

    public static final String USAGE = """
            Usage: java -jar workbench/target/alongside-workbench.jar [options]
              --port N          port to listen on (default 8090; 0 picks a free port)
              --host NAME       interface to listen on (default 127.0.0.1)
              --allow-remote    allow a --host that is not the loopback interface (every demo password is the username)
              --data-dir DIR    where the workbench keeps its data (default ./workbench-data)
              --reset           wipe the data and restore the demo
              --db h2|postgres  database for the app's tables (default h2, a file in the data directory;
                                postgres uses -Dalongside.pg.url, .user, .password, .schema)
              --help            show this help
            """;

    public WorkbenchOptions {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
        }
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(database, "database");
        if (!allowRemote && !isLoopback(host)) {
            throw new IllegalArgumentException("--host " + host + " is not the loopback interface. The workbench's "
                    + "demo passwords are the usernames, so add --allow-remote if you really mean it.");
        }
    }

    /** Defaults: 127.0.0.1:8090, ./workbench-data, H2, no reset. */
    public static WorkbenchOptions defaults() {
        return new WorkbenchOptions(DEFAULT_HOST, DEFAULT_PORT, false, DEFAULT_DATA_DIRECTORY, false, Database.H2);
    }

    /** For tests: a free port on 127.0.0.1 and the given data directory. */
    public static WorkbenchOptions forTest(Path dataDirectory) {
        return new WorkbenchOptions(DEFAULT_HOST, 0, false, dataDirectory, false, Database.H2);
    }

    public WorkbenchOptions withReset(boolean reset) {
        return new WorkbenchOptions(host, port, allowRemote, dataDirectory, reset, database);
    }

    /**
     * Parses command-line arguments.
     *
     * @throws IllegalArgumentException with a message for the person typing them
     */
    public static WorkbenchOptions parse(String... args) {
        String host = DEFAULT_HOST;
        int port = DEFAULT_PORT;
        boolean allowRemote = false;
        Path dataDirectory = DEFAULT_DATA_DIRECTORY;
        boolean reset = false;
        Database database = Database.H2;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = number(arg, value(args, ++i, arg));
                case "--host" -> host = value(args, ++i, arg);
                case "--allow-remote" -> allowRemote = true;
                case "--data-dir" -> dataDirectory = Path.of(value(args, ++i, arg));
                case "--reset" -> reset = true;
                case "--db" -> database = database(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown option " + arg + ".");
            }
        }
        return new WorkbenchOptions(host, port, allowRemote, dataDirectory, reset, database);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value.");
        }
        return args[index];
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not " + value + ".", e);
        }
    }

    private static Database database(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "h2" -> Database.H2;
            case "postgres", "postgresql" -> Database.POSTGRES;
            default -> throw new IllegalArgumentException("--db is h2 or postgres, not " + value + ".");
        };
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + " is not a known host name.", e);
        }
    }
}
