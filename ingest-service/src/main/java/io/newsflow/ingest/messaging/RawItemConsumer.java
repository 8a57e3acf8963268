package io.newsflow.ingest.messaging;

import io.newsflow.ingest.service.IngestMetrics;
import io.newsflow.ingest.service.WireIngestion;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Where wire feeds enter: raw documents from the ingest topic, a poll's worth at a time (batch consumption). The
 * batch's offsets are committed only after its ledger rows are committed and its normalised articles and dead
 * letters are acknowledged by Kafka. A document that cannot be read is dead-lettered (newsflow.ingest.dlq) with
 * its reason by the ingestion itself and never costs the rest of the batch.
 *
 * <p>When the batch as a whole fails (PostgreSQL or Kafka trouble, two instances creating the same article at
 * once) it is tried again, then document by document, each with a few retries; a document that still fails
 * alone is dead-lettered with reason {@code processing-failed}, so one poison record cannot stop the partition.
 */
@ApplicationScoped
public class RawItemConsumer {

    public static final String RAW_ITEMS = "raw-items";
    public static final String CHANNEL = "kafka";
    /** Reason of the dead letter written for a document that failed alone after its retries. */
    public static final String PROCESSING_FAILED = "processing-failed";

    private final WireIngestion ingestion;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;

    public RawItemConsumer(WireIngestion ingestion, ArticlePublisher publisher, IngestMetrics metrics) {
        this.ingestion = ingestion;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    @Incoming(RAW_ITEMS)
    public Uni<Void> consume(List<byte[]> documents) {
        long start = System.nanoTime();
        return ingestion.ingestBatch(documents, CHANNEL)
                .invoke(() -> {
                    long took = System.nanoTime() - start;
                    metrics.batch(documents.size(), took);
                    Log.debugf("took %d raw documents in %d ms", documents.size(), took / 1_000_000);
                })
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(2)).atMost(2)
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> oneByOne(documents, e));
    }

    private Uni<Void> oneByOne(List<byte[]> documents, Throwable batchFailure) {
        if (documents.size() > 1) {
            Log.warnf("a batch of %d raw documents failed (%s); taking them one by one", documents.size(),
                    batchFailure.toString());
        }
        return Multi.createFrom().iterable(documents)
                .onItem().transformToUniAndConcatenate(this::alone)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> alone(byte[] document) {
        return ingestion.ingestBatch(List.of(document), CHANNEL)
                .onFailure().retry().withBackOff(Duration.ofMillis(500), Duration.ofSeconds(5)).atMost(3)
                .replaceWithVoid()
                .onFailure().recoverWithUni(e -> {
                    Log.errorf(e, "a raw document failed after retries; dead-lettered as %s", PROCESSING_FAILED);
                    metrics.deadLetter(PROCESSING_FAILED);
                    return publisher.deadLetter(document, PROCESSING_FAILED + ": " + e, null);
                });
    }
}
