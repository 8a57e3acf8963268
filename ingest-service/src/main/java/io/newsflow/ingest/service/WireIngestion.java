package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.ingest.messaging.ArticleJson;
import io.newsflow.ingest.repository.ConcurrentDecisionException;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.wire.RejectedItem;
import io.newsflow.ingest.wire.WireDocument;
import io.newsflow.ingest.wire.WireDocumentReader;
import io.newsflow.ingest.wire.WireFormatException;
import io.newsflow.support.kafka.RecordOrigin;
import io.opentelemetry.context.Context;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one path every received document takes, from the topic, the push endpoint or a polled feed: read it, record
 * each item, publish what goes downstream and dead-letter what could not be read. The returned Uni completes after
 * every write is durable (Kafka acknowledged, PostgreSQL committed).
 */
@ApplicationScoped
public class WireIngestion {

    private final WireDocumentReader reader;
    private final int maxArticleBytes;
    private final IngestService ingest;
    private final IngestMetrics metrics;

    @Inject
    public WireIngestion(IngestConfig config, IngestService ingest, IngestMetrics metrics) {
        this(new WireDocumentReader(config.maxDocumentBytes()), config.maxArticleBytes(), ingest, metrics);
    }

    /** With a reader of the caller's: tests give one that fails in ways no known document makes the real one fail. */
    WireIngestion(WireDocumentReader reader, int maxArticleBytes, IngestService ingest, IngestMetrics metrics) {
        this.reader = reader;
        this.maxArticleBytes = maxArticleBytes;
        this.ingest = ingest;
        this.metrics = metrics;
    }

    /**
     * Ingests one document. Fails with {@link WireFormatException} when the document as a whole cannot be read
     * (after recording that in the ledger); the caller turns that into a 4xx or a feed error.
     */
    public Uni<IngestResult> ingest(byte[] content, String contentType, String channel) {
        return offTheEventLoop(() -> read(content, contentType, null, channel, Instant.now(), false, null, null, null,
                        null))
                .chain(this::ingest);
    }

    /**
     * As {@link #ingest(byte[], String, String)} for a polled feed, with each item adjusted first (a feed's id,
     * source and language). The server's content type names no format the service trusts; only its charset is
     * used, for an XML document that names no encoding itself. The articles its items first store belong to the
     * feed ({@link VersionRule#foreign}).
     *
     * @param serverContentType the content type the feed's server sent, or null
     * @param feedId            the feed polled
     * @param adjust            applied to every item read
     */
    public Uni<IngestResult> ingestPolled(byte[] content, String serverContentType, String channel, long feedId,
                                          UnaryOperator<NormalisedArticle> adjust) {
        return offTheEventLoop(() -> read(content, null, serverContentType, channel, Instant.now(), false, adjust,
                        feedId, null, null))
                .chain(this::ingest);
    }

    /**
     * Reads on a worker thread when called on a Vert.x event loop (a push, a feed poll), then continues on the
     * caller's Vert.x context, where the transaction and the request's trace live: a 5 MB document takes its
     * parser a while, and on the event loop it would hold every request and health check behind it.
     */
    private static Uni<Received> offTheEventLoop(Supplier<Received> reading) {
        io.vertx.core.Context context = Vertx.currentContext();
        if (context == null || !io.vertx.core.Context.isOnEventLoopThread()) {
            return Uni.createFrom().item(reading);
        }
        return Uni.createFrom().item(reading)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    private Uni<IngestResult> ingest(Received received) {
        // Writers of one id take turns (ArticleStateRepository.lockStates), so no attempt of the service's own is
        // lost; a state written by something that does not take the turn (an instance of an older build during an
        // upgrade, an operator's SQL) fails the attempt (ConcurrentDecisionException), which is taken again and
        // decides against it. Each attempt is a new call, so a new transaction.
        return Uni.createFrom().deferred(() -> ingest.record(List.of(received)))
                .onFailure(ConcurrentDecisionException.class).retry().atMost(3)
                .invoke(results -> count(List.of(received), results))
                .chain(results -> received.refusal() != null
                        ? Uni.createFrom().failure(received.refusal())
                        : Uni.createFrom().item(results.get(0)));
    }

    /**
     * Reads the records of one poll of the topic; a document that cannot be read becomes a refusal to record and
     * dead-letter, never an exception. Read once, so that retrying {@link #record} neither parses nor counts again.
     *
     * @param traces  one per document, in order: the trace of its record, or null (see {@link Received#trace()})
     * @param origins one per document, in order: the record it was read from
     */
    public List<Received> readBatch(List<byte[]> documents, List<Context> traces, List<RecordOrigin> origins,
                                    String channel) {
        Instant receivedAt = Instant.now();
        List<Received> received = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            received.add(read(documents.get(i), null, null, channel, receivedAt, true, null, null, traces.get(i),
                    origins.get(i)));
        }
        return received;
    }

    /**
     * Records documents read by {@link #readBatch} in one transaction: ledger rows, states, published articles and
     * dead letters. Each call is a fresh attempt (a new transaction), so callers retry by calling again. Fails only
     * when PostgreSQL or Kafka does (or, rarely, when one document's values are refused by PostgreSQL).
     */
    public Uni<List<IngestResult>> record(List<Received> received) {
        return ingest.record(received)
                .invoke(results -> count(received, results));
    }

    private Received read(byte[] content, String contentType, String serverContentType, String channel,
                          Instant receivedAt, boolean deadLetter, UnaryOperator<NormalisedArticle> adjust, Long feedId,
                          Context trace, RecordOrigin origin) {
        metrics.received();
        try {
            WireDocument document = reader.read(content, contentType, serverContentType);
            if (adjust != null) {
                document = new WireDocument(document.format(), document.items().stream().map(adjust).toList(),
                        document.rejected());
            }
            return withinRecordLimit(content, channel, receivedAt, document, feedId, trace, origin);
        } catch (WireFormatException e) {
            return Received.refused(content, channel, receivedAt, e, deadLetter, trace, origin);
        } catch (RuntimeException e) {
            // A fault of the service's own (a parser or library bug): only this document is refused, so that the
            // rest of its poll is recorded; thrown on, it would fail the whole poll into the connector's queue.
            Log.errorf(e, "reading a document of %d bytes from channel %s failed inside the service; it is refused"
                    + " as %s", content == null ? 0 : content.length, channel, WireFormatException.INTERNAL);
            WireFormatException refusal = new WireFormatException(WireFormatException.INTERNAL, "The service failed"
                    + " while reading this document (" + e.getClass().getName() + "); the failure is in the service"
                    + " log. The document is recorded, not read.", e);
            return Received.refused(content, channel, receivedAt, refusal, deadLetter, trace, origin);
        }
    }

    /**
     * The document read, each item serialised once ({@link ArticleJson#of}, the bytes later published), and every
     * item whose normalised article would be larger than Kafka takes moved to its rejected items
     * ({@code too-large}): such an item is dead-lettered with its reason instead of failing its document's send
     * again and again.
     */
    private Received withinRecordLimit(byte[] content, String channel, Instant receivedAt, WireDocument document,
                                       Long feedId, Context trace, RecordOrigin origin) {
        List<NormalisedArticle> kept = new ArrayList<>(document.items().size());
        List<byte[]> keptJson = new ArrayList<>(document.items().size());
        List<RejectedItem> rejected = new ArrayList<>(document.rejected());
        for (NormalisedArticle item : document.items()) {
            byte[] json = ArticleJson.of(item);
            if (json.length > maxArticleBytes) {
                rejected.add(new RejectedItem(item.id(), WireFormatException.TOO_LARGE + ": the normalised article has "
                        + json.length + " bytes; the limit is " + maxArticleBytes + " bytes"));
            } else {
                kept.add(item);
                keptJson.add(json);
            }
        }
        WireDocument within = kept.size() == document.items().size() ? document
                : new WireDocument(document.format(), kept, rejected);
        return Received.read(content, channel, receivedAt, within, keptJson, feedId, trace, origin);
    }

    /**
     * Counts only what was committed, so a retried batch is not counted twice. A refused document counts as a dead
     * letter only when one was written; the push endpoint counts its refusals as rejections, the poller as failed
     * polls.
     */
    private void count(List<Received> received, List<IngestResult> results) {
        for (int i = 0; i < received.size(); i++) {
            Received r = received.get(i);
            if (r.refusal() != null) {
                metrics.item(LedgerOutcome.REJECTED);
                if (r.deadLetter()) {
                    metrics.deadLetter(r.refusal().reason());
                }
                continue;
            }
            results.get(i).items().forEach(item -> metrics.item(item.outcome()));
            metrics.published(results.get(i).published().size());
            for (RejectedItem rejected : r.document().rejected()) {
                metrics.deadLetter(rejected.code());
            }
        }
    }
}
