package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The gateway's families exist at zero from the start; a stream client counts from subscribing to leaving. */
class GatewayMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final GatewayMetrics metrics = new GatewayMetrics(registry);

    @Test
    void everyFamilyShowsAtZeroBeforeAnyTraffic() {
        assertThat(new String[] {"delivered", "failed", "refused"}).allSatisfy(outcome ->
                assertThat(registry.get(GatewayMetrics.WEBHOOK_DELIVERIES).tag(MetricNames.TAG_OUTCOME, outcome).counter().count())
                        .as(outcome).isZero());
        assertThat(registry.get(GatewayMetrics.ALERT_MATCHES).counter().count()).isZero();
        assertThat(clients()).isZero();
    }

    @Test
    void aStreamClientCountsUntilItLeaves() {
        AssertSubscriber<Long> first = metrics.streamClient(Multi.createFrom().ticks().every(Duration.ofMillis(50)))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<Long> second = metrics.streamClient(Multi.createFrom().ticks().every(Duration.ofMillis(50)))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertThat(clients()).isEqualTo(2);

        first.cancel();
        assertThat(clients()).isEqualTo(1);
        second.cancel();
        assertThat(clients()).isZero();
    }

    @Test
    void aStreamThatEndsOrFailsNoLongerCounts() {
        metrics.streamClient(Multi.createFrom().items("harbour", "crane"))
                .subscribe().withSubscriber(AssertSubscriber.create(2))
                .assertCompleted();
        metrics.streamClient(Multi.createFrom().failure(new IllegalStateException("Elasticsearch went away")))
                .subscribe().withSubscriber(AssertSubscriber.create(1))
                .assertFailedWith(IllegalStateException.class);

        assertThat(clients()).isZero();
    }

    private double clients() {
        return registry.get(GatewayMetrics.STREAM_CLIENTS).gauge().value();
    }
}
