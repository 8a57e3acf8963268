package io.newsflow.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the gateway reaches its PostgreSQL: a wellness check ({@code /q/health/well}), not a readiness check.
 * Searches, articles, entities, events, trends and the live stream need only Elasticsearch (and the API keys the
 * gateway found active before: {@code newsflow.gateway.keys.cache-grace}), so a PostgreSQL failover must not take
 * every gateway pod out of its Service; what does need PostgreSQL (a key never seen, saved searches and their alerts,
 * key administration) fails meanwhile.
 * {@code newsflow_dependency_up{dependency="postgresql"}} follows this check, and the NewsflowDependencyDown alert.
 */
@Wellness
@ApplicationScoped
public class PostgresWellness implements AsyncHealthCheck {

    private static final String NAME = "postgresql";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Pool pool;

    public PostgresWellness(Pool pool) {
        this.pool = pool;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return pool.query("SELECT 1").execute()
                .ifNoItem().after(TIMEOUT).fail()
                .map(rows -> HealthCheckResponse.up(NAME))
                .onFailure().recoverWithItem(e -> HealthCheckResponse.named(NAME)
                        .down()
                        .withData("error", e.getClass().getSimpleName())
                        .build());
    }
}
