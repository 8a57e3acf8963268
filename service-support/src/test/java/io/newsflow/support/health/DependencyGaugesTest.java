package io.newsflow.support.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.Test;

class DependencyGaugesTest {

    private static final String MESSAGING = "SmallRye Reactive Messaging - readiness check";
    private static final String POSTGRES = "Reactive PostgreSQL connections health check";

    @Test
    void engineIsUpOnlyWhileEveryCheckNamingItIsUp() {
        JsonArray checks = Json.createArrayBuilder()
                .add(check(POSTGRES, "DOWN"))
                .add(check("elasticsearch", "UP"))
                .build();

        assertThat(DependencyGauges.up(checks, "postgresql")).isFalse();
        assertThat(DependencyGauges.up(checks, "elasticsearch")).isTrue();
    }

    @Test
    void messagingCheckWithoutChannelsIsNoKafkaDependency() {
        JsonArray withoutChannels = Json.createArrayBuilder()
                .add(check(MESSAGING, "UP"))
                .add(check(POSTGRES, "UP"))
                .add(check("elasticsearch", "UP"))
                .build();
        JsonArray withChannels = Json.createArrayBuilder()
                .add(check(MESSAGING, "UP").add("data", Json.createObjectBuilder().add("raw-items", "[OK]")))
                .add(check(POSTGRES, "UP"))
                .build();

        assertThat(DependencyGauges.dependenciesIn(withoutChannels)).containsExactly("elasticsearch", "postgresql");
        assertThat(DependencyGauges.dependenciesIn(withChannels)).containsExactly("kafka", "postgresql");
    }

    private static JsonObjectBuilder check(String name, String status) {
        return Json.createObjectBuilder().add("name", name).add("status", status);
    }
}
