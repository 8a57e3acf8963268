package io.newsflow.it.ingest;

import static org.awaitility.Awaitility.await;

import io.newsflow.launcher.StackSettings;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second ingest-service beside the test stack's, on the same PostgreSQL and Kafka, as Kubernetes runs two
 * replicas: the packaged jar started by the test itself, on a free port, its log in {@code target/}. Closing it stops
 * it (SIGTERM, then a kill after 30 s).
 */
final class SecondIngestInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Process process;
    private final String url;

    private SecondIngestInstance(Process process, int port) {
        this.process = process;
        this.url = "http://127.0.0.1:" + port;
    }

    /** Starts it and waits until it is ready. */
    static SecondIngestInstance start() throws IOException {
        StackSettings settings = StackSettings.fromEnvironment(System.getenv(), 1);
        Path root = Path.of(System.getProperty("newsflow.root", ".."));
        Path jar = root.resolve("ingest-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("ingest-service is not packaged: " + jar + " is missing");
        }
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = root.resolve("integration-tests/target/ingest-service-2.log");
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms64m", "-Xmx256m", "-XX:+UseG1GC", "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The failsafe environment (allowed feed prefixes, tracing) is inherited; these place it on the test stack.
        builder.environment().putAll(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(port),
                "QUARKUS_HTTP_HOST", "127.0.0.1",
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap(),
                "QUARKUS_DATASOURCE_REACTIVE_URL", settings.postgresReactiveUrl(),
                "QUARKUS_DATASOURCE_USERNAME", StackSettings.DATABASE_USER,
                "QUARKUS_DATASOURCE_PASSWORD", settings.databasePassword(),
                "NEWSFLOW_INSTANCE", "ingest-service-2"));
        SecondIngestInstance instance = new SecondIngestInstance(builder.start(), port);
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !instance.process.isAlive() || instance.ready());
            if (!instance.process.isAlive()) {
                throw new IllegalStateException("ingest-service-2 exited with " + instance.process.exitValue() + "; see "
                        + log);
            }
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    private boolean ready() throws InterruptedException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(3))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
