package io.newsflow.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The {@code ./newsflow} command: runs the local stack ({@code up}, {@code status}, {@code logs}, {@code down}).
 * Exit status 0 on success, 1 when the work failed, 2 on a usage error.
 */
public final class Newsflow {

    private static final String USAGE = """
            usage: ./newsflow COMMAND
              up [--replicas N] [--no-samples]   start Kafka, Elasticsearch, PostgreSQL and the services; load samples
              status                             what runs, where, healthy or not
              logs SERVICE [--lines N]           the log of a service or engine
              restart NAME                       stop and start one service or engine
              down [--purge]                     stop everything; --purge also deletes the data folder
              keys create --role ROLE [--name N] [--rate R] | list | revoke ID
                                                 gateway API keys; create prints the new key alone
              reindex [articles|entities|events] rebuild an index under its alias, with no downtime
              extract < docs.jsonl               entities and events of each document (no stack needed)
              entities get ID | add --type T --name N [--lang L] | alias ID --lang L --name N | merge ID --into ID
              bench pipeline [--articles N] [--rate R] [--warmup N] | bench index [--articles N] [--warmup N]
                                                 pipeline / index-service against Elasticsearch alone
              bench ingest [--items N] [--warmup N] [--alone] | bench extract | bench query [--rate R] [--seconds S]
              ingest FILE...                     push wire files (ninjs, NewsML-G2, RSS, Atom, JSON) to ingest-service
              feeds list|health|add URL [--interval S] [--source NAME] [--language L]|remove ID|enable ID|disable ID|poll ID
                                                 the polled RSS/Atom feeds
            settings: NEWSFLOW_HOME (data folder, default /var/tmp/newsflow), NEWSFLOW_PORT_OFFSET,
                      NEWSFLOW_<KAFKA|ELASTICSEARCH|POSTGRES|GATEWAY|INGEST|EXTRACT|INDEX>_PORT,
                      NEWSFLOW_ENGINES=local|containers (containers: the engines as Docker containers)
            """;

    private Newsflow() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs one command line; returns its exit status. */
    public static int run(String[] args) {
        if (args.length == 0) {
            System.err.print(USAGE);
            return 2;
        }
        List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        try {
            return switch (args[0]) {
                case "up" -> up(options);
                case "down" -> down(options);
                case "status" -> status();
                case "logs" -> logs(options);
                case "restart" -> restart(options);
                // Commands that talk to the running stack or run a tool; each lives in its own class.
                case "keys" -> KeysCommand.run(options, settings());
                case "reindex" -> ReindexCommand.run(options, settings());
                case "entities" -> EntitiesCommand.run(options, settings());
                case "extract" -> extract(options);
                case "bench" -> BenchCommand.run(options, settings());
                case "ingest" -> IngestCommand.run(options, settings());
                case "feeds" -> FeedsCommand.run(options, settings());
                case "help", "--help", "-h" -> {
                    System.out.print(USAGE);
                    yield 0;
                }
                default -> {
                    System.err.print("unknown command '" + args[0] + "'\n" + USAGE);
                    yield 2;
                }
            };
        } catch (UsageException e) {
            System.err.println("newsflow: " + e.getMessage());
            System.err.print(USAGE);
            return 2;
        } catch (LaunchException e) {
            System.err.println("newsflow: " + e.getMessage());
            return 1;
        }
    }

    private static int up(List<String> options) {
        int replicas = intOption(options, "--replicas", 1, 1, 4);
        boolean samples = !options.remove("--no-samples");
        requireNoMore(options);
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), replicas));
        if (stack.anyRunning()) {
            Stack.log("a stack already runs from " + stack.settings().home() + "; stop it with ./newsflow down");
            stack.status().forEach(System.out::println);
            return 1;
        }
        try {
            stack.up();
        } catch (LaunchException e) {
            Stack.log("start-up failed; stopping what was started");
            stack.down(false);
            throw e;
        }
        if (samples) {
            int sent = stack.loadSamples();
            Stack.log(sent + " sample articles written to the ingest topic");
        }
        String gateway = stack.settings().gatewayUrl();
        System.out.println("Newsflow is up. Gateway: " + gateway);
        java.util.Optional<KeysCommand.Created> adminKey = KeysCommand.firstAdminKey(stack.settings());
        adminKey.ifPresentOrElse(
                created -> System.out.println("First admin key (shown once, keep it): " + created.key()),
                () -> System.out.println("An admin key exists; make another with ./newsflow keys create --role admin"));
        String key = adminKey.map(KeysCommand.Created::key).orElse("<key>");
        System.out.println("Try: curl -H 'X-API-Key: " + key + "' '" + gateway + "/v1/articles?q=Rome'");
        return 0;
    }

    /** Extraction without the stack: JSON Lines in on standard input, one result line per document out. */
    private static int extract(List<String> options) {
        requireNoMore(options);
        try {
            io.newsflow.extraction.ExtractCli.main(new String[0]);
            return 0;
        } catch (java.io.IOException e) {
            throw new LaunchException("extract failed: " + e.getMessage(), e);
        }
    }

    private static int restart(List<String> options) {
        if (options.size() != 1) {
            throw new UsageException("restart takes one name, e.g. index-service or elasticsearch");
        }
        Stack stack = new Stack(settings());
        stack.stop(options.get(0), false);
        stack.start(options.get(0));
        Stack.log("restarted " + options.get(0));
        return 0;
    }

    private static int down(List<String> options) {
        boolean purge = options.remove("--purge");
        requireNoMore(options);
        new Stack(StackSettings.fromEnvironment(System.getenv(), 1)).down(purge);
        return 0;
    }

    private static int status() {
        Stack stack = new Stack(StackSettings.fromEnvironment(System.getenv(), 4));
        stack.status().stream()
                .filter(line -> !line.contains(" stopped ") || !line.matches("^\\S+-[2-4] .*"))
                .forEach(System.out::println);
        return 0;
    }

    private static int logs(List<String> options) {
        int lines = intOption(options, "--lines", 200, 1, 1_000_000);
        if (options.size() != 1) {
            throw new UsageException("logs takes one name: kafka, elasticsearch, postgres, ingest-service, extract-service, index-service, api-gateway");
        }
        Processes processes = new Stack(StackSettings.fromEnvironment(System.getenv(), 1)).processes();
        String name = options.get(0);
        if (!Files.isRegularFile(processes.logFile(name))) {
            throw new LaunchException("no log for '" + name + "' in " + processes.logFile(name).getParent());
        }
        try {
            List<String> all = Files.readAllLines(processes.logFile(name));
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(System.out::println);
        } catch (IOException e) {
            throw new LaunchException("cannot read " + processes.logFile(name) + ": " + e.getMessage(), e);
        }
        return 0;
    }

    /** The settings of the stack this command talks to (one instance per consumer). */
    static StackSettings settings() {
        return StackSettings.fromEnvironment(System.getenv(), 1);
    }

    /** Removes {@code name value} from {@code options} and returns the value, or {@code fallback} when absent. */
    public static String option(List<String> options, String name, String fallback) {
        int at = options.indexOf(name);
        if (at < 0) {
            return fallback;
        }
        if (at + 1 >= options.size()) {
            throw new UsageException(name + " needs a value");
        }
        String value = options.get(at + 1);
        options.remove(at + 1);
        options.remove(at);
        return value;
    }

    /** A whole-number option from min to max, or the fallback when it is absent; anything else is a usage error. */
    public static int intOption(List<String> options, String name, int fallback, int min, int max) {
        return (int) numberOption(options, name, fallback, min, max, true);
    }

    /** A number option (fractions allowed) from min to max, or the fallback when it is absent. */
    public static double decimalOption(List<String> options, String name, double fallback, double min, double max) {
        return numberOption(options, name, fallback, min, max, false);
    }

    private static double numberOption(List<String> options, String name, double fallback, double min, double max, boolean whole) {
        String value = option(options, name, null);
        if (value == null) {
            return fallback;
        }
        try {
            double n = whole ? Integer.parseInt(value.trim()) : Double.parseDouble(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new UsageException(String.format(Locale.ROOT, "%s takes a%s number from %s to %s, not '%s'",
                name, whole ? " whole" : "", plain(min), plain(max), value));
    }

    private static String plain(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }

    static void requireNoMore(List<String> options) {
        if (!options.isEmpty()) {
            throw new UsageException("unexpected arguments: " + String.join(" ", options));
        }
    }

    /** The command line was wrong; exit status 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
