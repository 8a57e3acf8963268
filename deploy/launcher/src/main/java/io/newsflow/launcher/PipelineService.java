package io.newsflow.launcher;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One running instance of a Newsflow service: its packaged Quarkus jar started as a detached JVM. */
record PipelineService(String module, String instance, int port) {

    private static final HttpClient HTTP = LocalHttp.client(Duration.ofSeconds(1));

    /** The instances {@code up} runs: one of each service, {@code replicas} of each Kafka consumer past ingest. */
    static List<PipelineService> all(StackSettings settings) {
        List<PipelineService> services = new ArrayList<>();
        services.add(new PipelineService("ingest-service", "ingest-service", settings.ingestPort()));
        for (int i = 1; i <= settings.replicas(); i++) {
            services.add(replica("extract-service", settings.extractPort(), i));
            services.add(replica("index-service", settings.indexPort(), i));
        }
        services.add(new PipelineService("api-gateway", "api-gateway", settings.gatewayPort()));
        return services;
    }

    private static PipelineService replica(String module, int basePort, int replica) {
        return replica == 1
                ? new PipelineService(module, module, basePort)
                : new PipelineService(module, module + "-" + replica, basePort + 100 * (replica - 1));
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path jar(StackSettings settings) {
        return settings.projectRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    void start(StackSettings settings, Processes processes) {
        Path jar = jar(settings);
        if (!Files.isRegularFile(jar)) {
            throw new LaunchException(module + " is not built (" + jar + " is missing); build first: ./mvnw -DskipTests package");
        }
        Processes.requireFree(port, instance, "NEWSFLOW_" + module.replace("-service", "").replace("api-", "").toUpperCase() + "_PORT");
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        if (module.equals("api-gateway")) {
            // Its /q/metrics is on Quarkus' management interface, on the loopback address: not on the API port.
            Processes.requireFree(settings.gatewayManagementPort(), "api-gateway's metrics", "NEWSFLOW_GATEWAY_MANAGEMENT_PORT");
            env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(settings.gatewayManagementPort()));
        } else {
            // The backends have no keys of their own: on a laptop only this machine reaches them, others go through
            // the gateway. (In Kubernetes, deploy/k8s's NetworkPolicies do the same.)
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("NEWSFLOW_ELASTICSEARCH_URL", settings.elasticsearchUrl());
        env.put("QUARKUS_DATASOURCE_REACTIVE_URL", settings.postgresReactiveUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", StackSettings.DATABASE_USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", settings.databasePassword());
        env.put("NEWSFLOW_INSTANCE", instance);
        env.put("NEWSFLOW_GATEWAY_INGEST_URL", "http://127.0.0.1:" + settings.ingestPort());
        env.put("NEWSFLOW_GATEWAY_EXTRACT_URL", "http://127.0.0.1:" + settings.extractPort());
        List<String> command = new ArrayList<>(jvm());
        command.addAll(List.of("-XX:+ExitOnOutOfMemoryError", "-jar", jar.toString()));
        processes.start(instance, command, settings.home(), env);
    }

    /** The java command with the heap and collector every service runs with ({@code NEWSFLOW_SERVICE_HEAP}). */
    static List<String> jvm() {
        return List.of(KafkaBroker.java(), "-Xms64m", "-Xmx" + System.getenv().getOrDefault("NEWSFLOW_SERVICE_HEAP", "512m"),
                "-XX:+UseG1GC");
    }

    void awaitReady(Processes processes) {
        processes.await(instance, Duration.ofSeconds(120), this::ready);
    }

    /** True when the instance's readiness endpoint answers UP. */
    boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
