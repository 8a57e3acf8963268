package io.newsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * {@code ./newsflow feeds list|health|add URL [--interval S] [--source NAME] [--language L]|remove ID|enable ID|
 * disable ID|poll ID}: manages the polled feeds through ingest-service's {@code /v1/feeds} API. Exit status 0 on
 * success, 1 when the service refused (the reason is printed), 2 on a usage or connection error.
 */
public final class FeedsCommand {

    static final String USAGE = "feeds list | health | add URL [--interval S] [--source NAME] [--language L]"
            + " | remove ID | enable ID | disable ID | poll ID";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final PrintStream out;

    FeedsCommand(URI base, PrintStream out) {
        this.base = base;
        this.out = out;
        this.http = LocalHttp.client(Duration.ofSeconds(5));
    }

    static int run(List<String> options, StackSettings settings) {
        return new FeedsCommand(URI.create("http://127.0.0.1:" + settings.ingestPort()), System.out).execute(options);
    }

    int execute(List<String> options) {
        if (options.isEmpty()) {
            throw new Newsflow.UsageException(USAGE);
        }
        String sub = options.remove(0);
        try {
            return switch (sub) {
                case "list" -> {
                    Newsflow.requireNoMore(options);
                    yield list("/v1/feeds");
                }
                case "health" -> {
                    Newsflow.requireNoMore(options);
                    yield health();
                }
                case "add" -> add(options);
                case "remove" -> call("DELETE", "/v1/feeds/" + id(options), null, "removed feed ");
                case "enable" -> call("POST", "/v1/feeds/" + id(options) + "/enable", null, "enabled feed ");
                case "disable" -> call("POST", "/v1/feeds/" + id(options) + "/disable", null, "disabled feed ");
                case "poll" -> call("POST", "/v1/feeds/" + id(options) + "/poll", null, "polled feed ");
                default -> throw new Newsflow.UsageException("unknown feeds subcommand '" + sub + "'; " + USAGE);
            };
        } catch (ConnectException e) {
            System.err.println("newsflow: cannot reach ingest-service at " + base + " (is the stack up? ./newsflow status)");
            return 2;
        } catch (IOException e) {
            System.err.println("newsflow: talking to ingest-service at " + base + " failed: " + e);
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }
    }

    private int add(List<String> options) throws IOException, InterruptedException {
        String interval = Newsflow.option(options, "--interval", null);
        String source = Newsflow.option(options, "--source", null);
        String language = Newsflow.option(options, "--language", null);
        if (options.size() != 1) {
            throw new Newsflow.UsageException("feeds add takes one URL: " + USAGE);
        }
        ObjectNode body = JSON.createObjectNode().put("url", options.remove(0));
        if (interval != null) {
            try {
                body.put("intervalSeconds", Integer.parseInt(interval));
            } catch (NumberFormatException e) {
                throw new Newsflow.UsageException("--interval takes a number of seconds, was '" + interval + "'");
            }
        }
        if (source != null) {
            body.put("source", source);
        }
        if (language != null) {
            body.put("language", language);
        }
        return call("POST", "/v1/feeds", body.toString(), "added feed ");
    }

    private static String id(List<String> options) {
        if (options.size() != 1 || !options.get(0).matches("\\d{1,18}")) {
            throw new Newsflow.UsageException("give one feed id (a number, see ./newsflow feeds list)");
        }
        return options.remove(0);
    }

    private int list(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", path, null);
        if (response.statusCode() != 200) {
            return refused(response);
        }
        printTable(JSON.readTree(response.body()));
        return 0;
    }

    private int health() throws IOException, InterruptedException {
        HttpResponse<String> response = send("GET", "/v1/feeds/health", null);
        if (response.statusCode() != 200) {
            return refused(response);
        }
        JsonNode health = JSON.readTree(response.body());
        StringBuilder counts = new StringBuilder();
        health.path("counts").fields().forEachRemaining(e -> counts.append(counts.length() == 0 ? "" : ", ")
                .append(e.getValue().asLong()).append(' ').append(e.getKey()));
        out.println("feeds: " + counts);
        printTable(health.path("feeds"));
        return 0;
    }

    private int call(String method, String path, String body, String done) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body);
        if (response.statusCode() / 100 != 2) {
            return refused(response);
        }
        if (response.body() == null || response.body().isBlank()) {
            out.println(done + path.replaceAll("^/v1/feeds/(\\d+).*$", "$1"));
            return 0;
        }
        JsonNode feed = JSON.readTree(response.body());
        out.println(done + feed.path("id").asText() + ": " + line(feed));
        return 0;
    }

    private HttpResponse<String> send(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int refused(HttpResponse<String> response) {
        System.err.println("newsflow: " + IngestCommand.problem(response));
        return 1;
    }

    private void printTable(JsonNode feeds) {
        if (!feeds.elements().hasNext()) {
            out.println("no feeds registered; add one with ./newsflow feeds add URL");
            return;
        }
        out.printf("%-5s %-9s %8s %7s  %-20s  %s%n", "ID", "STATUS", "INTERVAL", "ITEMS", "LAST SUCCESS", "URL / LAST ERROR");
        for (JsonNode feed : feeds) {
            out.printf("%-5s %-9s %7ss %7s  %-20s  %s%n",
                    feed.path("id").asText(),
                    feed.path("status").asText(),
                    feed.path("intervalSeconds").asText(),
                    feed.path("itemsSeen").asText(),
                    shortTime(feed.path("lastSuccessAt").asText("-")),
                    feed.path("url").asText());
            if (feed.path("consecutiveFailures").asInt() > 0) {
                out.printf("%-5s %s failures in a row: %s%n", "", feed.path("consecutiveFailures").asText(),
                        feed.path("lastError").asText());
            }
        }
    }

    /** One line about a feed after a change: status, interval, source, language, last error. */
    static String line(JsonNode feed) {
        StringBuilder line = new StringBuilder(feed.path("url").asText())
                .append(" [").append(feed.path("status").asText())
                .append(", every ").append(feed.path("intervalSeconds").asText()).append(" s");
        if (feed.hasNonNull("source")) {
            line.append(", source ").append(feed.path("source").asText());
        }
        if (feed.hasNonNull("language")) {
            line.append(", language ").append(feed.path("language").asText());
        }
        line.append(", ").append(feed.path("itemsSeen").asLong()).append(" items seen]");
        if (feed.path("consecutiveFailures").asInt() > 0) {
            line.append(" last error: ").append(feed.path("lastError").asText());
        }
        return line.toString();
    }

    private static String shortTime(String iso) {
        return iso.length() > 19 ? iso.substring(0, 19).replace('T', ' ') : iso;
    }
}
