package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireDocumentReader;
import io.newsflow.ingest.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fault of the service's own while reading one document of a poll (a parser bug) refuses that document alone, as
 * {@code internal}, counted and dead-lettered; the poll's other documents are read and recorded.
 */
class ReaderFailureTest {

    /** A reader with a bug: it fails on any document that mentions a lighthouse. */
    private static final class FaultyReader extends WireDocumentReader {

        FaultyReader() {
            super(100_000);
        }

        @Override
        public WireDocument read(byte[] content, String contentType, String serverContentType) {
            if (new String(content, StandardCharsets.UTF_8).contains("lighthouse")) {
                throw new IllegalStateException("a bug in a parser");
            }
            return super.read(content, contentType, serverContentType);
        }
    }

    private final IngestConfig config = TestConfigs.withMaxArticleBytes(100_000, 100_000);
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final WireIngestion ingestion = new WireIngestion(new FaultyReader(), config.maxArticleBytes(),
            new AcceptingIngestService(config), new IngestMetrics(registry));

    private static byte[] item(String id, String title) {
        return ("{\"id\": \"" + id + "\", \"title\": \"" + title + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void documentTheServiceFailsToReadIsRefusedAloneAsInternal() {
        List<Received> read = ingestion.readBatch(
                List.of(item("quay-1", "Quay repaired"), item("quay-2", "New lighthouse lit"), item("quay-3", "Quay reopens")),
                Collections.nCopies(3, null), Collections.nCopies(3, null), "kafka");

        assertThat(read).extracting(r -> r.refusal() == null ? "read" : r.refusal().reason())
                .containsExactly("read", WireFormatException.INTERNAL, "read");
        assertThat(read.get(1).deadLetter()).isTrue();
        assertThat(read.get(1).refusal()).hasCauseInstanceOf(IllegalStateException.class);

        List<IngestResult> results = ingestion.record(read).await().atMost(Duration.ofSeconds(10));

        assertThat(results.get(0).published()).extracting(a -> a.id()).containsExactly("quay-1");
        assertThat(results.get(2).published()).extracting(a -> a.id()).containsExactly("quay-3");
        assertThat(registry.get(MetricNames.DEAD_LETTERS)
                .tags(MetricNames.TAG_STAGE, "ingest", MetricNames.TAG_REASON, WireFormatException.INTERNAL)
                .counter().count()).isEqualTo(1.0);
    }
}
