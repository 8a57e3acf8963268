package io.newsflow.launcher;

import java.util.List;
import java.util.Map;

/**
 * Kafka, Elasticsearch and PostgreSQL, where the services keep their state: local processes from registry artifacts
 * ({@link LocalEngines}, the default) or Docker containers through Testcontainers ({@link ContainerEngines}, with
 * {@code NEWSFLOW_ENGINES=containers}). Either way they listen on the stack's configured loopback ports.
 */
interface Engines {

    /** The engine names, in start order; {@code down} stops them in the reverse order. */
    List<String> NAMES = List.of(KafkaBroker.NAME, ElasticsearchNode.NAME, PostgresServer.NAME);

    /** Starts the three engines and waits until each accepts work. */
    void start();

    /** Starts one stopped engine again and waits until it is ready. */
    void start(String engine);

    /** Stops one engine: gracefully, or at once with {@code kill} as a crash would. */
    void stop(String engine, boolean kill);

    /** Stops every engine this stack started. */
    void stopAll();

    /** The engines {@code NEWSFLOW_ENGINES} names: {@code local} (default) or {@code containers}. */
    static Engines select(StackSettings settings, Processes processes, Map<String, String> env) {
        String mode = env.getOrDefault("NEWSFLOW_ENGINES", "local").trim();
        return switch (mode) {
            case "", "local" -> new LocalEngines(settings, processes);
            case "containers" -> new ContainerEngines(settings, processes);
            default -> throw new LaunchException("NEWSFLOW_ENGINES must be 'local' or 'containers', not '" + mode + "'");
        };
    }

    static boolean isEngine(String name) {
        return NAMES.contains(name);
    }
}
