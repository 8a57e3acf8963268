package io.newsflow.ingest.messaging;

import io.newsflow.support.kafka.BatchRecords;
import io.newsflow.support.kafka.RecordOrigin;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.service.IngestMetrics;
import io.newsflow.ingest.service.ItemFault;
import io.newsflow.ingest.service.Received;
import io.newsflow.ingest.service.WireIngestion;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
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
 * <p>When recording the batch fails because PostgreSQL or Kafka is away (an outage, see {@link ItemFault}), the
 * same batch is taken again, with a growing pause, for as long as it takes: nothing is dead-lettered and the offsets
 * stay where they are, so no valid item is lost or skipped. Only when PostgreSQL refuses the data itself are the
 * documents taken one by one, and the one that still fails alone is dead-lettered with reason
 * {@code processing-failed}, so one poison record cannot stop the partition.
 *
 * <p>Each record's trace goes on: the articles and dead letters sent for a document continue the trace of the record
 * it came in (the connector's span for that record, under the producer's {@code traceparent} header), as those of a
 * push continue the request's. A record without a valid {@code traceparent} starts a trace of its own.
 */
@ApplicationScoped
public class RawItemConsumer {

    public static final String RAW_ITEMS = "raw-items";
    public static final String CHANNEL = "kafka";
    /** Reason of the dead letter written for a document whose data PostgreSQL refused. */
    public static final String PROCESSING_FAILED = "processing-failed";

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);

    private final WireIngestion ingestion;
    private final ArticlePublisher publisher;
    private final IngestMetrics metrics;
    private final Duration longestPause;

    public RawItemConsumer(WireIngestion ingestion, ArticlePublisher publisher, IngestMetrics metrics, IngestConfig config) {
        this.ingestion = ingestion;
        this.publisher = publisher;
        this.metrics = metrics;
        this.longestPause = config.longestRetryPause();
    }

    @Incoming(RAW_ITEMS)
    public Uni<Void> consume(List<byte[]> documents, IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        long start = System.nanoTime();
        List<Received> received = ingestion.readBatch(documents, traces(batch, documents.size()),
                RecordOrigin.of(batch, documents.size()), CHANNEL);
        return untilRecorded(received)
                .invoke(() -> {
                    long took = System.nanoTime() - start;
                    metrics.batch(documents.size(), took);
                    Log.debugf("took %d raw documents in %d ms", documents.size(), took / 1_000_000);
                })
                .onFailure(ItemFault::caused).recoverWithUni(e -> oneByOne(received, e));
    }

    /** Records these documents, taking them again after every outage; fails only with a fault of the data. */
    private Uni<Void> untilRecorded(List<Received> received) {
        return Uni.createFrom().deferred(() -> ingestion.record(received))
                .onFailure(e -> !ItemFault.caused(e)).invoke(e -> Log.warnf(
                        "recording %d raw documents failed (%s); taking them again", received.size(), e.toString()))
                .onFailure(e -> !ItemFault.caused(e)).retry().withBackOff(FIRST_PAUSE, longestPause).indefinitely()
                .replaceWithVoid();
    }

    private Uni<Void> oneByOne(List<Received> received, Throwable batchFailure) {
        Log.warnf("PostgreSQL refused a batch of %d raw documents (%s); taking them one by one", received.size(),
                batchFailure.toString());
        return Multi.createFrom().iterable(received)
                .onItem().transformToUniAndConcatenate(this::alone)
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> alone(Received document) {
        return untilRecorded(List.of(document))
                .onFailure().recoverWithUni(e -> {
                    Log.errorf(e, "a raw document was refused by PostgreSQL; dead-lettered as %s", PROCESSING_FAILED);
                    metrics.deadLetter(PROCESSING_FAILED);
                    return publisher.deadLetter(document, PROCESSING_FAILED + ": " + e, null)
                            .onFailure().retry().withBackOff(FIRST_PAUSE, longestPause).indefinitely();
                });
    }

    /**
     * The trace of each record of a poll, in the order of the payload (the connector builds both from the same list
     * of records): the context of the span the connector started for the record, or null where it has none (tracing
     * off). All null if the records do not match the payload, which the connector never does.
     */
    static List<Context> traces(IncomingKafkaRecordBatchMetadata<?, ?> batch, int documents) {
        return BatchRecords.each(batch, documents,
                record -> TracingMetadata.fromMessage(record).map(TracingMetadata::getCurrentContext).orElse(null));
    }
}
