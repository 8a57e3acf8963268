package io.newsflow.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The whole local stack: engines first, then the services; stopped in the reverse order. */
public final class Stack {

    private final StackSettings settings;
    private final Processes processes;
    private final Engines engines;

    public Stack(StackSettings settings) {
        this.settings = settings;
        this.processes = new Processes(settings);
        this.engines = Engines.select(settings, processes, System.getenv());
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
        engines.start();
        new KafkaBroker(settings, processes).createTopics();
        log("engines ready: Kafka " + settings.kafkaBootstrap() + ", Elasticsearch " + settings.elasticsearchUrl()
                + ", PostgreSQL 127.0.0.1:" + settings.postgresPort());
        List<PipelineService> services = PipelineService.all(settings);
        startSideBySide(services);
        log("services ready: " + String.join(", ", services.stream().map(s -> s.instance() + " " + s.url()).toList()));
    }

    /** Stops every process this data folder recorded, services first; with {@code purge}, deletes the data folder. */
    public void down(boolean purge) {
        List<String> services = new ArrayList<>(processes.recorded());
        services.removeAll(Engines.NAMES);
        services.remove(ContainerEngines.NAME);
        for (String name : services) {
            boolean wasRunning = processes.running(name).isPresent();
            processes.stop(name, Duration.ofSeconds(30), false);
            if (wasRunning) {
                log("stopped " + name);
            }
        }
        engines.stopAll();
        if (purge) {
            try {
                ElasticsearchNode.deleteRecursively(settings.home());
                log("deleted " + settings.home());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (Processes.listening(settings.postgresPort())) {
                // Ours is stopped, so this is a server the stack found running and used: its database is not ours to drop.
                log("the PostgreSQL server at 127.0.0.1:" + settings.postgresPort() + " was not started by this stack and"
                        + " still holds database '" + StackSettings.DATABASE + "' (ledger, keys, saved searches): the next"
                        + " up would take the samples for duplicates. Drop it for a fresh start: dropdb -h 127.0.0.1 -p "
                        + settings.postgresPort() + " -U " + StackSettings.DATABASE_USER + " " + StackSettings.DATABASE);
            }
        }
    }

    /**
     * Stops one component (an engine or a service instance such as {@code extract-service-2}): gracefully, or at once
     * with {@code kill} as a crash would. For fault tests and operators.
     */
    public void stop(String component, boolean kill) {
        if (Engines.isEngine(component)) {
            engines.stop(component, kill);
        } else if (kill) {
            processes.kill(component);
        } else {
            processes.stop(component, Duration.ofSeconds(30), false);
        }
    }

    /**
     * Starts stopped components again (engines one after another, then service instances side by side) and waits
     * until every one is ready.
     */
    public void start(String... components) {
        List<PipelineService> services = new ArrayList<>();
        for (String component : components) {
            if (Engines.isEngine(component)) {
                engines.start(component);
            } else {
                PipelineService service = PipelineService.all(settings.withReplicas(4)).stream()
                        .filter(s -> s.instance().equals(component))
                        .findFirst()
                        .orElseThrow(() -> new LaunchException("no component named '" + component + "'"));
                services.add(service);
            }
        }
        startSideBySide(services);
    }

    private void startSideBySide(List<PipelineService> services) {
        services.forEach(service -> service.start(settings, processes));
        LocalEngines.parallel(services.stream().<Runnable>map(service -> () -> service.awaitReady(processes)).toList());
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

    static void log(String message) {
        System.err.println("newsflow: " + message);
    }
}
