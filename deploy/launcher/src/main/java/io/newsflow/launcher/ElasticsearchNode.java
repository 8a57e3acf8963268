package io.newsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A single-node Elasticsearch from the Maven Central integ-test distribution (no bundled JDK: it runs on the
 * launcher's Java). Unpacked once into the data folder; as root it runs as the unprivileged user.
 */
final class ElasticsearchNode {

    static final String NAME = "elasticsearch";
    private static final HttpClient HTTP = LocalHttp.client(Duration.ofSeconds(1));

    private final StackSettings settings;
    private final Processes processes;
    private final Path dir;

    ElasticsearchNode(StackSettings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
        this.dir = settings.home().resolve("elasticsearch");
    }

    void start() {
        Processes.requireFree(settings.elasticsearchPort(), "Elasticsearch", "NEWSFLOW_ELASTICSEARCH_PORT");
        Path home = unpack();
        writeConfig(home);
        UnprivilegedUser.own(dir);
        Map<String, String> env = Map.of(
                "ES_JAVA_HOME", System.getProperty("java.home"),
                "ES_JAVA_OPTS", System.getenv().getOrDefault("NEWSFLOW_ES_JAVA_OPTS", "-Xms512m -Xmx512m"));
        processes.start(NAME, UnprivilegedUser.wrap(List.of(home.resolve("bin/elasticsearch").toString())), home, env);
    }

    void awaitReady() {
        processes.await(NAME, Duration.ofSeconds(180), () -> healthy(settings.elasticsearchUrl()));
    }

    /** True when the cluster answers with a yellow or green health. */
    static boolean healthy(String url) {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url + "/_cluster/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && !response.body().contains("\"status\":\"red\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path unpack() {
        Path home = dir.resolve("home");
        if (Files.isRegularFile(home.resolve("bin/elasticsearch"))) {
            return home;
        }
        Path zip = settings.enginesDir().resolve("elasticsearch/elasticsearch.zip");
        if (!Files.isRegularFile(zip)) {
            throw new LaunchException("the Elasticsearch distribution is missing at " + zip + "; build first: ./mvnw -DskipTests package");
        }
        try {
            Path staging = dir.resolve("unpack");
            deleteRecursively(staging);
            Files.createDirectories(staging);
            Processes.run(List.of("unzip", "-q", zip.toString(), "-d", staging.toString()), null, Map.of());
            try (var entries = Files.list(staging)) {
                Path unpacked = entries.findFirst().orElseThrow(() -> new LaunchException("empty Elasticsearch zip " + zip));
                Files.move(unpacked, home);
            }
            deleteRecursively(staging);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeConfig(Path home) {
        String yaml = String.join("\n",
                "# Written by the Newsflow launcher on every start; edit StackSettings instead.",
                "cluster.name: newsflow",
                "node.name: newsflow-1",
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "http.host: 127.0.0.1",
                "http.port: " + settings.elasticsearchPort(),
                "transport.host: 127.0.0.1",
                "transport.port: " + (settings.elasticsearchPort() + 100),
                "path.data: " + dir.resolve("data"),
                "path.logs: " + dir.resolve("logs"),
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: false",
                "");
        try {
            Files.writeString(home.resolve("config/elasticsearch.yml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
