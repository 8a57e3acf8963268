package io.newsflow.ingest.service;

import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.messaging.ArticlePublisher;
import io.newsflow.ingest.wire.RejectedItem;
import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireDocumentReader;
import io.newsflow.ingest.wire.WireFormatException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The one path every received document takes, from the topic or the push endpoint: read it, record each item,
 * publish what goes downstream and dead-letter the items that could not be read. The returned Uni completes
 * after every write is durable (PostgreSQL committed, Kafka acknowledged).
 */
@ApplicationScoped
public class WireIngestion {

    private final WireDocumentReader reader;
    private final IngestService ingest;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;

    public WireIngestion(IngestConfig config, IngestService ingest, ArticlePublisher publisher, IngestMetrics metrics) {
        this.reader = new WireDocumentReader(config.maxDocumentBytes());
        this.ingest = ingest;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Ingests one document. Fails with {@link WireFormatException} when the document as a whole cannot be read
     * (after recording that in the ledger); the caller turns that into a dead letter or a 4xx.
     */
    public Uni<IngestResult> ingest(byte[] content, String contentType, String channel) {
        Instant receivedAt = Instant.now();
        metrics.received();
        WireDocument document;
        try {
            document = reader.read(content, contentType);
        } catch (WireFormatException e) {
            metrics.deadLetter(e.reason());
            return ingest.recordRejectedDocument(channel, e.reason() + ": " + e.getMessage(), receivedAt)
                    .chain(() -> Uni.createFrom().failure(e));
        }
        return ingest.record(document, channel, receivedAt)
                .call(result -> publisher.publish(result.toPublish()))
                .invoke(result -> metrics.published(result.toPublish().size()))
                .call(result -> deadLetterRejected(document, content));
    }

    private Uni<Void> deadLetterRejected(WireDocument document, byte[] content) {
        if (document.rejected().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(document.rejected().stream()
                        .map(rejected -> deadLetter(content, rejected))
                        .toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private Uni<Void> deadLetter(byte[] content, RejectedItem rejected) {
        metrics.deadLetter(rejected.code());
        return publisher.deadLetter(content, rejected.reason(), rejected.ref());
    }
}
