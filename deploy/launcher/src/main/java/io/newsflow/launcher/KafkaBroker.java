package io.newsflow.launcher;

import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker from the Maven Central jars laid out by deploy/engines. */
final class KafkaBroker {

    static final String NAME = "kafka";
    /** Partitions of every pipeline topic: room for two instances of each consumer, and more. */
    static final int PARTITIONS = 4;

    private final StackSettings settings;
    private final Processes processes;
    private final Path dir;

    KafkaBroker(StackSettings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
        this.dir = settings.home().resolve("kafka");
    }

    void start() {
        Path lib = settings.enginesDir().resolve("kafka/lib");
        if (!Files.isDirectory(lib)) {
            throw new LaunchException("Kafka jars are missing in " + lib + "; build first: ./mvnw -DskipTests package");
        }
        Processes.requireFree(settings.kafkaPort(), "Kafka", "NEWSFLOW_KAFKA_PORT");
        Processes.requireFree(settings.kafkaControllerPort(), "the Kafka controller", "NEWSFLOW_KAFKA_CONTROLLER_PORT");
        Path config = writeConfig();
        String classpath = lib + "/*";
        if (!Files.exists(dir.resolve("data/meta.properties"))) {
            Processes.run(List.of(java(), "-cp", classpath, "kafka.tools.StorageTool", "format",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toString()), dir, Map.of());
        }
        processes.start(NAME, List.of(java(), "-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
                "-Dlog4j2.configurationFile=" + writeLogConfig(), "-cp", classpath, "kafka.Kafka", config.toString()),
                dir, Map.of());
    }

    void awaitReady() {
        processes.await(NAME, Duration.ofSeconds(90), () -> Processes.listening(settings.kafkaPort()));
    }

    /** Creates the pipeline's topics that do not exist yet. */
    void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.all().stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> Topics.compacted(t)
                            ? new NewTopic(t, 1, (short) 1).configs(Map.of("cleanup.policy", "compact"))
                            : new NewTopic(t, PARTITIONS, (short) 1))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new LaunchException("cannot create Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted", e);
        }
    }

    private Path writeConfig() {
        String controller = "127.0.0.1:" + settings.kafkaControllerPort();
        String broker = "127.0.0.1:" + settings.kafkaPort();
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + controller,
                "listeners=PLAINTEXT://" + broker + ",CONTROLLER://" + controller,
                "advertised.listeners=PLAINTEXT://" + broker,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=" + PARTITIONS,
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=8",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.retention.hours=168",
                "message.max.bytes=10485760",
                "");
        return write("server.properties", properties);
    }

    private Path writeLogConfig() {
        return write("log4j2.properties", String.join("\n",
                "rootLogger.level=INFO",
                "rootLogger.appenderRef.stdout.ref=STDOUT",
                "appender.stdout.type=Console",
                "appender.stdout.name=STDOUT",
                "appender.stdout.layout.type=PatternLayout",
                "appender.stdout.layout.pattern=[%d] %p %m (%c)%n",
                "logger.kafka.name=kafka",
                "logger.kafka.level=WARN",
                "logger.apache.name=org.apache.kafka",
                "logger.apache.level=WARN",
                ""));
    }

    private Path write(String file, String content) {
        try {
            Files.createDirectories(dir);
            Path path = dir.resolve(file);
            Files.writeString(path, content);
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
