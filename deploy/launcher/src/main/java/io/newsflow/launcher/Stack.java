package io.newsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The whole local stack: engines first, then the services; stopped in the reverse order. */
public final class Stack {

    private final StackSettings settings;
    private final Processes processes;
    private final KafkaBroker kafka;
    private final ElasticsearchNode elasticsearch;
    private final PostgresServer postgres;

    public Stack(StackSettings settings) {
        this.settings = settings;
        this.processes = new Processes(settings);
        this.kafka = new KafkaBroker(settings, processes);
        this.elasticsearch = new ElasticsearchNode(settings, processes);
        this.postgres = new PostgresServer(settings, processes);
    }

    public StackSettings settings() {
        return settings;
    }

    /** True when a stack recorded in this data folder still has a live process. */
    public boolean anyRunning() {
        return processes.recorded().stream().anyMatch(name -> processes.running(name).isPresent());
    }

    /** Starts the engines, the topics and the services, and waits until every one is ready. */
    public void up() {
        log("data folder " + settings.home());
        boolean ownPostgres = !postgres.existingServerAnswers();
        log(ownPostgres ? "starting Kafka, Elasticsearch and PostgreSQL" : "starting Kafka and Elasticsearch; using the PostgreSQL that answers on port " + settings.postgresPort());
        kafka.start();
        elasticsearch.start();
        postgres.start();
        parallel(List.of(kafka::awaitReady, elasticsearch::awaitReady, postgres::awaitReady));
        kafka.createTopics();
        log("engines ready: Kafka " + settings.kafkaBootstrap() + ", Elasticsearch " + settings.elasticsearchUrl()
                + ", PostgreSQL 127.0.0.1:" + settings.postgresPort());
        List<PipelineService> services = PipelineService.all(settings);
        services.forEach(service -> service.start(settings, processes));
        parallel(services.stream().<Runnable>map(service -> () -> service.awaitReady(processes)).toList());
        log("services ready: " + String.join(", ", services.stream().map(s -> s.instance() + " " + s.url()).toList()));
    }

    /** Stops every process this data folder recorded, services first; with {@code purge}, deletes the data folder. */
    public void down(boolean purge) {
        List<String> order = new ArrayList<>(processes.recorded());
        order.removeAll(List.of(KafkaBroker.NAME, ElasticsearchNode.NAME, PostgresServer.NAME));
        order.addAll(List.of(PostgresServer.NAME, ElasticsearchNode.NAME, KafkaBroker.NAME));
        for (String name : order) {
            boolean wasRunning = processes.running(name).isPresent();
            // PostgreSQL's fast shutdown is SIGINT; SIGTERM would wait for every client to leave.
            processes.stop(name, Duration.ofSeconds(30), PostgresServer.NAME.equals(name));
            if (wasRunning) {
                log("stopped " + name);
            }
        }
        if (purge) {
            try {
                ElasticsearchNode.deleteRecursively(settings.home());
                log("deleted " + settings.home());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Stops one component (an engine or a service instance such as {@code extract-service-2}): gracefully, or at once
     * with {@code kill} as a crash would. For fault tests and operators.
     */
    public void stop(String component, boolean kill) {
        if (kill) {
            processes.kill(component);
        } else {
            processes.stop(component, Duration.ofSeconds(30), PostgresServer.NAME.equals(component));
        }
    }

    /** Starts one stopped component again and waits until it is ready. */
    public void start(String component) {
        switch (component) {
            case KafkaBroker.NAME -> {
                kafka.start();
                kafka.awaitReady();
            }
            case ElasticsearchNode.NAME -> {
                elasticsearch.start();
                elasticsearch.awaitReady();
            }
            case PostgresServer.NAME -> {
                postgres.start();
                postgres.awaitReady();
            }
            default -> {
                PipelineService service = PipelineService.all(settings.withReplicas(4)).stream()
                        .filter(s -> s.instance().equals(component))
                        .findFirst()
                        .orElseThrow(() -> new LaunchException("no component named '" + component + "'"));
                service.start(settings, processes);
                service.awaitReady(processes);
            }
        }
    }

    /** One line per component: running or not, where, healthy or not. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        lines.add(line(KafkaBroker.NAME, settings.kafkaBootstrap(), Processes.listening(settings.kafkaPort())));
        lines.add(line(ElasticsearchNode.NAME, settings.elasticsearchUrl(), ElasticsearchNode.healthy(settings.elasticsearchUrl())));
        lines.add(line(PostgresServer.NAME, "127.0.0.1:" + settings.postgresPort(), Processes.listening(settings.postgresPort())));
        for (PipelineService service : PipelineService.all(settings)) {
            lines.add(line(service.instance(), service.url(), service.ready()));
        }
        return lines;
    }

    Processes processes() {
        return processes;
    }

    public int loadSamples() {
        return new SampleLoader(settings).load();
    }

    private String line(String name, String where, boolean healthy) {
        String state = processes.running(name).map(p -> "running (pid " + p.pid() + ")")
                .orElse(healthy ? "external" : "stopped");
        return String.format("%-18s %-26s %-28s %s", name, where, state, healthy ? "healthy" : "not healthy");
    }

    private static void parallel(List<Runnable> tasks) {
        try {
            CompletableFuture.allOf(tasks.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    static void log(String message) {
        System.err.println("newsflow: " + message);
    }
}
