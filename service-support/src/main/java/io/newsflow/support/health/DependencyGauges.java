package io.newsflow.support.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;

/**
 * Publishes {@code newsflow_dependency_up{dependency=kafka|elasticsearch|postgresql}} (1 or 0) from the service's own
 * readiness checks, so that dashboards and alerts see what readiness sees. A service only reports the
 * dependencies it has checks for.
 */
@ApplicationScoped
public class DependencyGauges {

    /** Words in a readiness check's name that say which engine it watches. */
    private static final Map<String, String> DEPENDENCIES = Map.of(
            "kafka", "messaging",
            "elasticsearch", "elasticsearch",
            "postgresql", "postgresql");

    private final SmallRyeHealthReporter reporter;
    private final MeterRegistry registry;

    public DependencyGauges(SmallRyeHealthReporter reporter, MeterRegistry registry) {
        this.reporter = reporter;
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        JsonArray checks = reporter.getReadiness().getPayload().getJsonArray("checks");
        DEPENDENCIES.forEach((dependency, word) -> {
            boolean present = checks != null && checks.stream()
                    .map(check -> ((JsonObject) check).getString("name", "").toLowerCase(Locale.ROOT))
                    .anyMatch(name -> name.contains(word));
            if (present) {
                Gauge.builder(MetricNames.DEPENDENCY_UP, () -> up(word))
                        .tag("dependency", dependency)
                        .register(registry);
            }
        });
    }

    private double up(String word) {
        JsonArray checks = reporter.getReadiness().getPayload().getJsonArray("checks");
        if (checks == null) {
            return 0;
        }
        return checks.stream()
                .map(check -> (JsonObject) check)
                .filter(check -> check.getString("name", "").toLowerCase(Locale.ROOT).contains(word))
                .allMatch(check -> "UP".equals(check.getString("status", "DOWN"))) ? 1 : 0;
    }
}
