package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

class ContainerEnginesTest {

    private final StackSettings settings = new StackSettings(Path.of("."), Path.of("/var/tmp/nf-test"),
            19092, 19093, 19200, 15432, 18080, 19000, 18081, 18082, 18083, 1);

    @Test
    void enginesAreBoundToTheStackPortsOnLoopback() {
        List<GenericContainer<?>> containers = ContainerEngines.definitions(settings);

        assertThat(containers).extracting(GenericContainer::getPortBindings).containsExactly(
                List.of("127.0.0.1:19092:9092/tcp"), List.of("127.0.0.1:19200:9200/tcp"), List.of("127.0.0.1:15432:5432/tcp"));
        assertThat(containers).extracting(c -> c.getLabels().get(ContainerEngines.ENGINE_LABEL))
                .containsExactlyElementsOf(Engines.NAMES);
        assertThat(containers).allSatisfy(c -> assertThat(c.getLabels()).containsEntry(ContainerEngines.HOME_LABEL, "/var/tmp/nf-test"));
    }

    @Test
    void kafkaAdvertisesTheAddressServicesUse() {
        GenericContainer<?> kafka = ContainerEngines.definitions(settings).get(0);

        assertThat(kafka.getEnvMap()).containsEntry("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void postgresHasTheDatabaseAndUserServicesUse() {
        GenericContainer<?> postgres = ContainerEngines.definitions(settings).get(2);

        assertThat(postgres.getEnvMap()).containsEntry("POSTGRES_DB", StackSettings.DATABASE)
                .containsEntry("POSTGRES_USER", StackSettings.DATABASE_USER);
    }

    @Test
    void localEnginesAreTheDefault() {
        Processes processes = new Processes(settings);

        assertThat(Engines.select(settings, processes, Map.of())).isInstanceOf(LocalEngines.class);
        assertThat(Engines.select(settings, processes, Map.of("NEWSFLOW_ENGINES", "containers"))).isInstanceOf(ContainerEngines.class);
    }

    @Test
    void unknownEngineModeIsAClearError() {
        assertThatThrownBy(() -> Engines.select(settings, new Processes(settings), Map.of("NEWSFLOW_ENGINES", "podman")))
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("'local' or 'containers'");
    }

    @Test
    void containersWithoutDockerSayWhatIsMissing() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is present");

        assertThatThrownBy(() -> new ContainerEngines(settings, new Processes(settings)).start())
                .isInstanceOf(LaunchException.class)
                .hasMessageContaining("needs a Docker engine");
    }
}
