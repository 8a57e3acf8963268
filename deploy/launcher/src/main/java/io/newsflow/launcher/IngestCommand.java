package io.newsflow.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./newsflow ingest FILE...}: pushes each file to ingest-service's push endpoint ({@code POST /v1/ingest})
 * and prints one line per file, {@code accepted FILE: N items (id1, id2, ...)} or {@code rejected FILE: reason}.
 * Exit status 0 when every file was accepted, 1 when any was rejected, 2 on a usage or connection error.
 *
 * <p>The content type comes from the file name ({@code .json}, {@code .jsonl}, {@code .xml}, {@code .rss},
 * {@code .atom}, {@code .rdf}, {@code .ninjs}); any other name sends none and lets the service read the content.
 * A file accepted with some of its items rejected is accepted; the line says which items and why.
 */
public final class IngestCommand {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI endpoint;
    private final HttpClient http;
    private final PrintStream out;

    IngestCommand(URI endpoint, PrintStream out) {
        this.endpoint = endpoint;
        this.out = out;
        this.http = LocalHttp.client(Duration.ofSeconds(5));
    }

    static int run(List<String> options, StackSettings settings) {
        if (options.isEmpty() || options.stream().anyMatch(o -> o.startsWith("--"))) {
            throw new Newsflow.UsageException("ingest takes one or more files: ./newsflow ingest FILE...");
        }
        URI endpoint = URI.create("http://127.0.0.1:" + settings.ingestPort() + "/v1/ingest");
        return new IngestCommand(endpoint, System.out).pushAll(options.stream().map(Path::of).toList());
    }

    /** Pushes every file in turn; the exit status. */
    int pushAll(List<Path> files) {
        boolean anyRejected = false;
        for (Path file : files) {
            try {
                anyRejected |= !push(file);
            } catch (ConnectException e) {
                System.err.println("newsflow: cannot reach ingest-service at " + endpoint + " (is the stack up? ./newsflow status)");
                return 2;
            } catch (IOException e) {
                System.err.println("newsflow: pushing " + file + " to " + endpoint + " failed: " + e);
                return 2;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 2;
            }
        }
        return anyRejected ? 1 : 0;
    }

    /** Pushes one file and prints its line; true when accepted. */
    boolean push(Path file) throws IOException, InterruptedException {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            out.println("rejected " + file + ": no such file");
            return false;
        } catch (IOException e) {
            out.println("rejected " + file + ": cannot read it (" + e.getMessage() + ")");
            return false;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        String type = contentType(file);
        if (type != null) {
            request.header("Content-Type", type);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 202) {
            out.println("accepted " + file + ": " + summary(JSON.readTree(response.body())));
            return true;
        }
        out.println("rejected " + file + ": " + problem(response));
        return false;
    }

    /** The content type a file's name implies, or null to let the service read the content. */
    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "json" -> "application/json";
            case "ninjs" -> "application/ninjs+json";
            case "jsonl", "ndjson" -> "application/x-ndjson";
            case "xml" -> "application/xml";
            case "rss" -> "application/rss+xml";
            case "atom" -> "application/atom+xml";
            case "rdf" -> "application/rdf+xml";
            default -> null;
        };
    }

    /**
     * {@code N items (id1, id2, ...)} for the items taken, then what was not published and why:
     * {@code ; 1 duplicate (id3); 1 rejected (item[4]: missing-field: ...)}.
     */
    static String summary(JsonNode response) {
        List<String> taken = new ArrayList<>();
        Map<String, List<String>> others = new LinkedHashMap<>();
        for (JsonNode item : response.path("items")) {
            String id = item.path("id").asText("?");
            String outcome = item.path("outcome").asText("").toLowerCase(Locale.ROOT);
            if (!outcome.equals("rejected")) {
                taken.add(id);
            }
            switch (outcome) {
                case "accepted", "updated", "killed" -> {
                }
                case "rejected" -> others.computeIfAbsent(outcome, o -> new ArrayList<>())
                        .add(id + ": " + item.path("reason").asText(""));
                case "held" -> others.computeIfAbsent(outcome, o -> new ArrayList<>())
                        .add(id + ", " + item.path("reason").asText(""));
                default -> others.computeIfAbsent(outcome, o -> new ArrayList<>()).add(id);
            }
        }
        StringBuilder line = new StringBuilder()
                .append(taken.size()).append(taken.size() == 1 ? " item (" : " items (")
                .append(String.join(", ", taken)).append(')');
        others.forEach((outcome, refs) -> line.append("; ").append(refs.size()).append(' ').append(outcome)
                .append(" (").append(String.join("; ", refs)).append(')'));
        return line.toString();
    }

    /** The reason in a problem+json answer: {@code code: detail}; the status when the body says nothing. */
    static String problem(HttpResponse<String> response) {
        try {
            JsonNode problem = JSON.readTree(response.body());
            String type = problem.path("type").asText("");
            String code = type.substring(type.lastIndexOf(':') + 1);
            String detail = problem.path("detail").asText(problem.path("title").asText(""));
            if (!code.isEmpty() || !detail.isEmpty()) {
                return (code.isEmpty() ? "" : code + ": ") + detail;
            }
        } catch (IOException | RuntimeException e) {
            // not problem+json: fall through to the status
        }
        return "HTTP " + response.statusCode();
    }
}
