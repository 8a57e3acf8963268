package io.newsflow.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestLatencyBucketsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    RequestLatencyBucketsTest() {
        registry.config().meterFilter(new RequestLatencyBuckets().httpServerRequestBuckets());
    }

    @Test
    void requestTimesArePublishedWithBucketsAQuantileCanBeReadFrom() {
        time(registry, "http.server.requests", Duration.ofMillis(7));

        assertThat(registry.scrape())
                .containsPattern("http_server_requests_seconds_bucket\\{uri=\"/v1/articles\",le=\"0\\.005\",?} 0")
                .containsPattern("http_server_requests_seconds_bucket\\{uri=\"/v1/articles\",le=\"0\\.01\",?} 1")
                .containsPattern("http_server_requests_seconds_bucket\\{uri=\"/v1/articles\",le=\"\\+Inf\",?} 1");
    }

    @Test
    void otherTimersKeepTheirOwnSettings() {
        time(registry, "newsflow.other", Duration.ofMillis(7));

        assertThat(registry.scrape()).doesNotContain("newsflow_other_seconds_bucket");
    }

    private static void time(MeterRegistry registry, String name, Duration duration) {
        Timer.builder(name).tag("uri", "/v1/articles").register(registry).record(duration);
    }
}
