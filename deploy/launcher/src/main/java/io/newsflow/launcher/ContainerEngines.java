package io.newsflow.launcher;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The engines as Docker containers started by Testcontainers, for machines with a Docker engine
 * ({@code NEWSFLOW_ENGINES=containers}). They are bound to the stack's usual loopback ports, so services, tests and
 * commands find them where they find the local engines. The containers belong to a small keeper process
 * ({@value #NAME}) that {@code up} starts and {@code down} stops: Testcontainers removes them when it exits.
 */
final class ContainerEngines implements Engines {

    static final String NAME = "containers";
    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.1");
    static final DockerImageName ELASTICSEARCH_IMAGE = DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:8.19.21");
    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:14");
    static final String ENGINE_LABEL = "io.newsflow.engine";
    static final String HOME_LABEL = "io.newsflow.home";

    private final StackSettings settings;
    private final Processes processes;

    ContainerEngines(StackSettings settings, Processes processes) {
        this.settings = settings;
        this.processes = processes;
    }

    @Override
    public void start() {
        requireDocker();
        Stack.log("starting Kafka, Elasticsearch and PostgreSQL as Docker containers (NEWSFLOW_ENGINES=containers)");
        Processes.requireFree(settings.kafkaPort(), "Kafka", "NEWSFLOW_KAFKA_PORT");
        Processes.requireFree(settings.elasticsearchPort(), "Elasticsearch", "NEWSFLOW_ELASTICSEARCH_PORT");
        Processes.requireFree(settings.postgresPort(), "PostgreSQL", "NEWSFLOW_POSTGRES_PORT");
        processes.start(NAME, List.of(KafkaBroker.java(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ContainerEngines.class.getName()), settings.home(), Map.of());
        processes.await(NAME, Duration.ofMinutes(10), this::ready);
        new PostgresServer(settings, processes).awaitReady();
    }

    @Override
    public void start(String engine) {
        DockerClient docker = DockerClientFactory.instance().client();
        docker.startContainerCmd(containerOf(docker, engine).getId()).exec();
        processes.await(NAME, Duration.ofMinutes(3), this::ready);
    }

    @Override
    public void stop(String engine, boolean kill) {
        DockerClient docker = DockerClientFactory.instance().client();
        String id = containerOf(docker, engine).getId();
        if (kill) {
            docker.killContainerCmd(id).exec();
        } else {
            docker.stopContainerCmd(id).withTimeout(30).exec();
        }
    }

    @Override
    public void stopAll() {
        if (processes.running(NAME).isPresent()) {
            processes.stop(NAME, Duration.ofSeconds(60), false);
            Stack.log("stopped the engine containers");
        }
    }

    /** The three container definitions, bound to the stack's ports and labelled with its data folder. */
    static List<GenericContainer<?>> definitions(StackSettings settings) {
        GenericContainer<?> kafka = new GenericContainer<>(KAFKA_IMAGE)
                .withEnv(Map.ofEntries(
                        Map.entry("KAFKA_NODE_ID", "1"),
                        Map.entry("KAFKA_PROCESS_ROLES", "broker,controller"),
                        Map.entry("KAFKA_LISTENERS", "PLAINTEXT://0.0.0.0:9092,CONTROLLER://localhost:9093"),
                        Map.entry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + settings.kafkaBootstrap()),
                        Map.entry("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER"),
                        Map.entry("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                        Map.entry("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:9093"),
                        Map.entry("KAFKA_NUM_PARTITIONS", Integer.toString(KafkaBroker.PARTITIONS)),
                        Map.entry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false"),
                        Map.entry("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1"),
                        Map.entry("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1"),
                        Map.entry("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0"),
                        Map.entry("KAFKA_MESSAGE_MAX_BYTES", "10485760")))
                .waitingFor(Wait.forListeningPort());
        GenericContainer<?> elasticsearch = new GenericContainer<>(ELASTICSEARCH_IMAGE)
                .withEnv(Map.of(
                        "discovery.type", "single-node",
                        "xpack.security.enabled", "false",
                        "cluster.routing.allocation.disk.threshold_enabled", "false",
                        "action.destructive_requires_name", "false",
                        "ES_JAVA_OPTS", System.getenv().getOrDefault("NEWSFLOW_ES_JAVA_OPTS", "-Xms512m -Xmx512m")))
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));
        GenericContainer<?> postgres = new GenericContainer<>(POSTGRES_IMAGE)
                .withEnv(Map.of(
                        "POSTGRES_USER", StackSettings.DATABASE_USER,
                        "POSTGRES_PASSWORD", settings.databasePassword(),
                        "POSTGRES_DB", StackSettings.DATABASE))
                .withCommand("postgres", "-c", "max_connections=200", "-c", "shared_buffers=128MB",
                        "-c", "max_locks_per_transaction=256")
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));
        bind(kafka, KafkaBroker.NAME, settings.kafkaPort(), 9092, settings);
        bind(elasticsearch, ElasticsearchNode.NAME, settings.elasticsearchPort(), 9200, settings);
        bind(postgres, PostgresServer.NAME, settings.postgresPort(), 5432, settings);
        return List.of(kafka, elasticsearch, postgres);
    }

    private static void bind(GenericContainer<?> container, String engine, int hostPort, int containerPort, StackSettings settings) {
        container.addExposedPort(containerPort);
        container.setPortBindings(List.of("127.0.0.1:" + hostPort + ":" + containerPort));
        container.withLabel(ENGINE_LABEL, engine).withLabel(HOME_LABEL, settings.home().toString());
    }

    /** The keeper: starts the containers, then holds them until it is stopped. */
    public static void main(String[] args) throws InterruptedException {
        StackSettings settings = StackSettings.fromEnvironment(System.getenv(), 1);
        List<GenericContainer<?>> containers = definitions(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> containers.forEach(GenericContainer::stop)));
        containers.parallelStream().forEach(GenericContainer::start);
        System.out.println("engine containers ready: " + containers.stream().map(GenericContainer::getContainerName).toList());
        Thread.currentThread().join();
    }

    private boolean ready() {
        return Processes.listening(settings.kafkaPort())
                && ElasticsearchNode.healthy(settings.elasticsearchUrl())
                && Processes.listening(settings.postgresPort());
    }

    private Container containerOf(DockerClient docker, String engine) {
        if (!Engines.isEngine(engine)) {
            throw new LaunchException("no engine named '" + engine + "'");
        }
        return docker.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(ENGINE_LABEL, engine, HOME_LABEL, settings.home().toString()))
                .exec()
                .stream()
                .findFirst()
                .orElseThrow(() -> new LaunchException("no " + engine + " container of the stack in " + settings.home()));
    }

    private static void requireDocker() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new LaunchException("NEWSFLOW_ENGINES=containers needs a Docker engine, and Testcontainers found none"
                    + " (see https://java.testcontainers.org/supported_docker_environment/); unset it to run the engines"
                    + " as local processes");
        }
    }
}
