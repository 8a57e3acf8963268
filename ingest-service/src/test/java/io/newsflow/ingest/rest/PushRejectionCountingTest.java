package io.newsflow.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.service.AcceptingIngestService;
import io.newsflow.ingest.service.IngestMetrics;
import io.newsflow.ingest.service.Received;
import io.newsflow.ingest.service.WireIngestion;
import io.newsflow.ingest.wire.WireFormatException;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A push refused with a 4xx is a rejection, counted by its problem type; it is no dead letter, since none is written.
 * A raw record refused the same way is dead-lettered, and counted as such.
 */
class PushRejectionCountingTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final IngestConfig config = TestConfigs.of(100_000, Duration.ofSeconds(2));
    private final IngestMetrics metrics = new IngestMetrics(registry);
    private final WireIngestion ingestion = new WireIngestion(config, new AcceptingIngestService(config), metrics);
    private final PushResource push = new PushResource(ingestion, metrics);

    @Test
    void unreadablePushIsARejectionAndNoDeadLetter() {
        assertThatThrownBy(() -> push("{\"id\": \"harbour-report-7\", \"headline\": \"Harbour reo", "application/json"))
                .isInstanceOf(WireFormatException.class)
                .extracting(e -> ((WireFormatException) e).reason()).isEqualTo(WireFormatException.MALFORMED_JSON);

        assertThat(rejections(WireFormatException.MALFORMED_JSON)).isEqualTo(1.0);
        assertThat(registry.find(MetricNames.DEAD_LETTERS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void pushWithoutItemsIsARejectionAsNoUsableItem() {
        Response response = push("<rss version=\"2.0\"><channel><title>Quiet wire</title></channel></rss>", null);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(rejections(PushResource.NO_USABLE_ITEM)).isEqualTo(1.0);
        assertThat(registry.find(MetricNames.DEAD_LETTERS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void acceptedPushIsNoRejection() {
        Response response = push("{\"id\": \"harbour-report-8\", \"headline\": \"Harbour reopens\", \"body\": \"Ships sail.\"}",
                "application/json");

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(registry.find(MetricNames.REJECTIONS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void unreadableRawRecordIsADeadLetterAndNoRejection() {
        List<Received> read = ingestion.readBatch(List.of(bytes("<rss><channel><item>cut off")),
                Collections.singletonList(null), Collections.singletonList(null), "kafka");
        ingestion.record(read).await().atMost(WAIT);

        assertThat(registry.get(MetricNames.DEAD_LETTERS)
                .tags(MetricNames.TAG_STAGE, "ingest", MetricNames.TAG_REASON, WireFormatException.MALFORMED_XML)
                .counter().count()).isEqualTo(1.0);
        assertThat(registry.find(MetricNames.REJECTIONS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    private Response push(String body, String contentType) {
        return push.push(bytes(body), contentType).await().atMost(WAIT);
    }

    private double rejections(String reason) {
        return registry.get(MetricNames.REJECTIONS)
                .tags(MetricNames.TAG_STAGE, "ingest", MetricNames.TAG_REASON, reason)
                .counter().count();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
