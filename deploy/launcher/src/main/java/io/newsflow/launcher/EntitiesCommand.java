package io.newsflow.launcher;

import io.newsflow.contracts.EventCodec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./newsflow entities get ID | add --type T --name NAME [--lang L] [--country CC] | alias ID --lang L --name NAME
 * | merge ID --into ID}: entity curation on the running extract-service. Prints the entity as JSON.
 */
final class EntitiesCommand {

    private static final HttpClient HTTP = LocalHttp.client(Duration.ofSeconds(3));

    private EntitiesCommand() {
    }

    static int run(List<String> options, StackSettings settings) {
        if (options.isEmpty()) {
            throw new Newsflow.UsageException("entities takes get, add, alias or merge");
        }
        String base = "http://127.0.0.1:" + settings.extractPort() + "/v1/entities";
        String action = options.remove(0);
        HttpRequest request = switch (action) {
            case "get" -> HttpRequest.newBuilder(URI.create(base + "/" + id(options))).GET().build();
            case "add" -> {
                String type = required(options, "--type");
                String name = required(options, "--name");
                String lang = Newsflow.option(options, "--lang", "en");
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("type", type.toUpperCase(java.util.Locale.ROOT));
                body.put("preferredName", name);
                body.put("names", Map.of(lang, List.of(name)));
                body.put("country", Newsflow.option(options, "--country", null));
                yield post(base, body);
            }
            case "alias" -> {
                String id = id(options);
                yield post(base + "/" + id + "/aliases", Map.of("language", required(options, "--lang"), "name", required(options, "--name")));
            }
            case "merge" -> {
                String id = id(options);
                yield post(base + "/" + id + "/merge", Map.of("into", required(options, "--into")));
            }
            default -> throw new Newsflow.UsageException("entities takes get, add, alias or merge, not '" + action + "'");
        };
        Newsflow.requireNoMore(options);
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            System.out.println(response.body());
            return response.statusCode() < 300 ? 0 : 1;
        } catch (IOException e) {
            throw new LaunchException("extract-service does not answer at " + base + " (is the stack up?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted", e);
        }
    }

    private static HttpRequest post(String url, Map<String, ?> body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(EventCodec.write(body)))
                .build();
    }

    private static String id(List<String> options) {
        if (options.isEmpty() || options.get(0).startsWith("--")) {
            throw new Newsflow.UsageException("an entity id is needed, e.g. loc:rome");
        }
        return java.net.URLEncoder.encode(options.remove(0), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String required(List<String> options, String name) {
        String value = Newsflow.option(options, name, null);
        if (value == null) {
            throw new Newsflow.UsageException(name + " is required");
        }
        return value;
    }
}
