package io.newsflow.search.health;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the service's Elasticsearch: down when the cluster does not answer or is red. */
@Readiness
@ApplicationScoped
public class ElasticsearchReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final ElasticsearchAsyncClient client;

    public ElasticsearchReadiness(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            HealthStatus status = client.cluster().health()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .status();
            return HealthCheckResponse.named("elasticsearch")
                    .status(status != HealthStatus.Red)
                    .withData("status", status.jsonValue())
                    .build();
        } catch (Exception e) {
            return HealthCheckResponse.named("elasticsearch")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
