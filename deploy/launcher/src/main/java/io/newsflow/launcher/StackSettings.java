package io.newsflow.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack lives and listens. Everything is under one data folder ({@code NEWSFLOW_HOME}); ports come
 * from {@code NEWSFLOW_<NAME>_PORT}, or from the defaults shifted by {@code NEWSFLOW_PORT_OFFSET} (the integration
 * tests use an offset so that they never meet a stack started by hand).
 */
public record StackSettings(
        Path projectRoot,
        Path home,
        int kafkaPort,
        int kafkaControllerPort,
        int elasticsearchPort,
        int postgresPort,
        int gatewayPort,
        int gatewayManagementPort,
        int ingestPort,
        int extractPort,
        int indexPort,
        int replicas) {

    public static final String UNPRIVILEGED_USER = "newsflow";
    public static final String DATABASE = "newsflow";
    public static final String DATABASE_USER = "newsflow";

    /** Settings from the environment, with the project root given by the {@code newsflow.root} system property. */
    public static StackSettings fromEnvironment(Map<String, String> env, int replicas) {
        Path root = Path.of(System.getProperty("newsflow.root", ".")).toAbsolutePath().normalize();
        int offset = Integer.parseInt(env.getOrDefault("NEWSFLOW_PORT_OFFSET", "0"));
        return new StackSettings(
                root,
                Path.of(env.getOrDefault("NEWSFLOW_HOME", "/var/tmp/newsflow")).toAbsolutePath().normalize(),
                port(env, "KAFKA", 9092 + offset),
                port(env, "KAFKA_CONTROLLER", 9093 + offset),
                port(env, "ELASTICSEARCH", 9200 + offset),
                port(env, "POSTGRES", 5432 + offset),
                port(env, "GATEWAY", 8080 + offset),
                port(env, "GATEWAY_MANAGEMENT", 9000 + offset),
                port(env, "INGEST", 8081 + offset),
                port(env, "EXTRACT", 8082 + offset),
                port(env, "INDEX", 8083 + offset),
                replicas);
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get("NEWSFLOW_" + name + "_PORT");
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    public StackSettings withReplicas(int count) {
        return new StackSettings(projectRoot, home, kafkaPort, kafkaControllerPort, elasticsearchPort, postgresPort,
                gatewayPort, gatewayManagementPort, ingestPort, extractPort, indexPort, count);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public String elasticsearchUrl() {
        return "http://127.0.0.1:" + elasticsearchPort;
    }

    public String postgresReactiveUrl() {
        return "postgresql://127.0.0.1:" + postgresPort + "/" + DATABASE;
    }

    public String postgresJdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    /** The database password: {@code NEWSFLOW_DB_PASSWORD}, else a local default (the server listens on loopback only). */
    public String databasePassword() {
        return System.getenv().getOrDefault("NEWSFLOW_DB_PASSWORD", "newsflow");
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    public Path runDir() {
        return home.resolve("run");
    }

    public Path logDir() {
        return home.resolve("logs");
    }

    public Path enginesDir() {
        return projectRoot.resolve("deploy/engines/target");
    }

    /** True when this process runs as root, so engines that refuse root run as {@link #UNPRIVILEGED_USER}. */
    public static boolean runningAsRoot() {
        try {
            return "0".equals(Files.readString(Path.of("/proc/self/status")).lines()
                    .filter(l -> l.startsWith("Uid:"))
                    .map(l -> l.split("\\s+")[1])
                    .findFirst()
                    .orElse(""));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
