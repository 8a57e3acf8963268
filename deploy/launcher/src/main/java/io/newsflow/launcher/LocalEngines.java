package io.newsflow.launcher;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The engines as local processes: Kafka and Elasticsearch from registry artifacts, PostgreSQL embedded or existing. */
final class LocalEngines implements Engines {

    private final StackSettings settings;
    private final Processes processes;
    private final KafkaBroker kafka;
    private final ElasticsearchNode elasticsearch;
    private final PostgresServer postgres;

    LocalEngines(StackSettings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
        this.kafka = new KafkaBroker(settings, processes);
        this.elasticsearch = new ElasticsearchNode(settings, processes);
        this.postgres = new PostgresServer(settings, processes);
    }

    @Override
    public void start() {
        boolean ownPostgres = !postgres.existingServerAnswers();
        Stack.log(ownPostgres ? "starting Kafka, Elasticsearch and PostgreSQL"
                : "starting Kafka and Elasticsearch; using the PostgreSQL that answers on port " + settings.postgresPort());
        kafka.start();
        elasticsearch.start();
        postgres.start();
        parallel(List.of(kafka::awaitReady, elasticsearch::awaitReady, postgres::awaitReady));
    }

    @Override
    public void start(String engine) {
        switch (engine) {
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
            default -> throw new LaunchException("no engine named '" + engine + "'");
        }
    }

    @Override
    public void stop(String engine, boolean kill) {
        if (kill) {
            processes.kill(engine);
        } else {
            // PostgreSQL's fast shutdown is SIGINT; SIGTERM would wait for every client to leave.
            processes.stop(engine, Duration.ofSeconds(30), PostgresServer.NAME.equals(engine));
        }
    }

    @Override
    public void stopAll() {
        for (String engine : List.of(PostgresServer.NAME, ElasticsearchNode.NAME, KafkaBroker.NAME)) {
            boolean wasRunning = processes.running(engine).isPresent();
            stop(engine, false);
            if (wasRunning) {
                Stack.log("stopped " + engine);
            }
        }
    }

    static void parallel(List<Runnable> tasks) {
        try {
            CompletableFuture.allOf(tasks.stream().map(CompletableFuture::runAsync).toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
