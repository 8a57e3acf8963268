package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.messaging.RawItemConsumer;
import io.newsflow.ingest.rest.PushResource;
import io.newsflow.ingest.wire.WireFormatException;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    /** A first burst of dead letters after a start must show in increase(): the series has to exist before it. */
    @Test
    void everyRefusalReasonIsCountedFromZeroAtStart() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new IngestMetrics(registry);

        assertThat(WireFormatException.REASONS).allSatisfy(reason -> {
            assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, reason).counter())
                    .as("dead letters for %s", reason).isNotNull()
                    .satisfies(counter -> assertThat(counter.count()).isZero());
            assertThat(registry.find(MetricNames.REJECTIONS).tag(MetricNames.TAG_REASON, reason).counter())
                    .as("rejections for %s", reason).isNotNull();
        });
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, RawItemConsumer.PROCESSING_FAILED)
                .counter()).as("dead letters of a batch the service failed on").isNotNull();
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, IngestService.RELEASE_FAILED)
                .counter()).as("dead letters of held items given up on").isNotNull();
        assertThat(registry.find(MetricNames.REJECTIONS).tag(MetricNames.TAG_REASON, PushResource.NO_USABLE_ITEM)
                .counter()).as("pushes without a usable item").isNotNull();
    }
}
