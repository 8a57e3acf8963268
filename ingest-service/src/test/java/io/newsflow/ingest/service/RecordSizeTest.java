package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/**
 * A record Kafka will not take is the document's own fault, decided once: an article over the limit is rejected
 * alone, and a refusal as too large is never waited on as an outage.
 */
class RecordSizeTest {

    @Test
    void articleLargerThanKafkaTakesIsRejectedAloneAndTheOthersKept() {
        IngestConfig config = TestConfigs.withMaxArticleBytes(100_000, 4_000);
        WireIngestion ingestion = new WireIngestion(config, new AcceptingIngestService(config),
                new IngestMetrics(new SimpleMeterRegistry()));
        String document = "[{\"id\": \"ferry-timetable-1\", \"title\": \"Ferry timetable changes\", \"body\": \"Boats leave"
                + " earlier.\"}, {\"id\": \"ferry-timetable-2\", \"title\": \"Ferry timetable in full\", \"body\": \""
                + "The 06:10 boat leaves at 06:05. ".repeat(200) + "\"}]";

        IngestResult result = ingestion.ingest(document.getBytes(StandardCharsets.UTF_8), "application/json", "push")
                .await().indefinitely();

        assertThat(result.published()).extracting(a -> a.id()).containsExactly("ferry-timetable-1");
        assertThat(result.items()).filteredOn(item -> "ferry-timetable-2".equals(item.id()))
                .singleElement()
                .satisfies(item -> assertThat(item.reason()).startsWith(WireFormatException.TOO_LARGE + ": "));
    }

    @Test
    void recordTooLargeForKafkaIsTheDocumentsFaultNotAnOutage() {
        Throwable refused = new CompletionException(new RecordTooLargeException("The message is 6291556 bytes"));

        assertThat(ItemFault.caused(refused)).isTrue();
        assertThat(ItemFault.tooLarge(refused)).isTrue();
        assertThat(ItemFault.tooLarge(new IllegalStateException("connection reset"))).isFalse();
    }
}
