package io.newsflow.support.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealth;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Publishes {@code newsflow_dependency_up{dependency=kafka|elasticsearch|postgresql}} (1 or 0) from the service's own
 * readiness checks, so that dashboards and alerts see what readiness sees, and from its wellness checks: those watch
 * an engine whose loss must not take the pod out of its Service (the gateway's PostgreSQL) but must still be seen.
 * A service only reports the dependencies it has checks for.
 */
@ApplicationScoped
public class DependencyGauges {

    /** Words in a readiness check's name that say which engine it watches. */
    private static final Map<String, String> DEPENDENCIES = new TreeMap<>(Map.of(
            "kafka", "messaging",
            "elasticsearch", "elasticsearch",
            "postgresql", "postgresql"));

    private final SmallRyeHealthReporter reporter;
    private final MeterRegistry registry;

    public DependencyGauges(SmallRyeHealthReporter reporter, MeterRegistry registry) {
        this.reporter = reporter;
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        for (String dependency : dependenciesIn(checks())) {
            String word = DEPENDENCIES.get(dependency);
            Gauge.builder(MetricNames.DEPENDENCY_UP, () -> up(checks(), word) ? 1 : 0)
                    .tag("dependency", dependency)
                    .register(registry);
        }
    }

    /** The readiness and wellness checks, as they answer now. */
    private JsonArray checks() {
        JsonArrayBuilder checks = Json.createArrayBuilder();
        for (SmallRyeHealth health : List.of(reporter.getReadiness(), reporter.getWellness())) {
            JsonArray some = health.getPayload().getJsonArray("checks");
            if (some != null) {
                some.forEach(checks::add);
            }
        }
        return checks.build();
    }

    /**
     * The engines these readiness checks watch. The messaging check counts only when it reports channels: a service
     * with the Kafka extension but no channel does not use Kafka.
     */
    static List<String> dependenciesIn(JsonArray checks) {
        return DEPENDENCIES.entrySet().stream()
                .filter(dependency -> checksNamed(checks, dependency.getValue())
                        .anyMatch(check -> !"messaging".equals(dependency.getValue()) || hasData(check)))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whether every check whose name holds this word is UP. */
    static boolean up(JsonArray checks, String word) {
        List<JsonObject> named = checksNamed(checks, word).toList();
        return !named.isEmpty() && named.stream().allMatch(check -> "UP".equals(check.getString("status", "DOWN")));
    }

    private static Stream<JsonObject> checksNamed(JsonArray checks, String word) {
        if (checks == null) {
            return Stream.empty();
        }
        return checks.stream()
                .map(check -> (JsonObject) check)
                .filter(check -> check.getString("name", "").toLowerCase(Locale.ROOT).contains(word));
    }

    private static boolean hasData(JsonObject check) {
        JsonObject data = check.getJsonObject("data");
        return data != null && !data.isEmpty();
    }
}
