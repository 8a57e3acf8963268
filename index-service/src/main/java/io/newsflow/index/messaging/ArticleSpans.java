package io.newsflow.index.messaging;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.index.service.ItemResult;
import io.newsflow.support.kafka.BatchRecords;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The spans of one poll of enriched-article records: one per record, a child of the connector's span for that record
 * (itself the child of the producer's {@code traceparent} header), from the moment the poll reaches index-service to
 * the record's outcome: written, stale, refused or unreadable (both dead-lettered).
 *
 * <p>Why a span per record and not one per bulk request with a link to each record, the shape OpenTelemetry's
 * messaging conventions give a batch: each record belongs to the trace of its own push, and a link leaves that trace
 * ending at the connector's receive span, so no trace would reach "indexed". A span per record puts the write in the
 * article's own trace; the size of the poll it came in is {@code messaging.batch.message_count}. Its cost is
 * that of the connector's span beside it: a record whose trace is not sampled gets a non-recording span, and a
 * record without a trace (tracing off) gets none.
 *
 * <p>Synchronized: the outcomes of a poll's bulk requests may be settled on different threads.
 */
final class ArticleSpans {

    static final String NAME = "index article";
    static final AttributeKey<String> ARTICLE_ID = AttributeKey.stringKey("newsflow.article.id");
    static final AttributeKey<Long> ARTICLE_VERSION = AttributeKey.longKey("newsflow.article.version");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("newsflow.index.outcome");
    static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("messaging.batch.message_count");

    /** Per record of the poll, in the order of the payload; null where the record has no trace. */
    private final List<Span> byRecord;
    private final Map<EnrichedArticle, Span> byArticle = new IdentityHashMap<>();
    private final Set<Span> open = Collections.newSetFromMap(new IdentityHashMap<>());

    private ArticleSpans(List<Span> byRecord) {
        this.byRecord = byRecord;
        byRecord.stream().filter(Objects::nonNull).forEach(open::add);
    }

    /**
     * Starts a span for each record that the connector traced. No span at all when the records do not match the
     * payload, which the connector never does.
     */
    static ArticleSpans start(Tracer tracer, IncomingKafkaRecordBatchMetadata<?, ?> batch, int records) {
        return new ArticleSpans(BatchRecords.each(batch, records, message -> {
            Context parent = TracingMetadata.fromMessage(message).map(TracingMetadata::getCurrentContext).orElse(null);
            return parent == null || !Span.fromContext(parent).getSpanContext().isValid() ? null
                    : tracer.spanBuilder(NAME)
                            .setParent(parent)
                            .setSpanKind(SpanKind.INTERNAL)
                            .setAttribute(BATCH_SIZE, (long) records)
                            .startSpan();
        }));
    }

    /** Record {@code record} of the poll was read as {@code article}. */
    synchronized void read(int record, EnrichedArticle article) {
        Span span = byRecord.get(record);
        if (span != null) {
            span.setAttribute(ARTICLE_ID, article.article().id());
            span.setAttribute(ARTICLE_VERSION, article.article().version());
            byArticle.put(article, span);
        }
    }

    /** Record {@code record} of the poll could not be read: it goes to the dead-letter topic. */
    synchronized void unreadable(int record, String reason) {
        Span span = byRecord.get(record);
        if (span != null) {
            end(span, "invalid_payload", reason);
        }
    }

    /** What Elasticsearch did with an article: its span ends, unless the article is sent again. */
    synchronized void settled(EnrichedArticle article, ItemResult result) {
        Span span = byArticle.get(article);
        if (span == null) {
            return;
        }
        switch (result.outcome()) {
            case RETRY -> span.addEvent("sent again: " + result.reason());
            case REFUSED -> end(span, "refused", result.reason());
            default -> end(span, result.outcome().name().toLowerCase(Locale.ROOT), null);
        }
    }

    /** The poll is done: ends the spans still open, as failed when the poll failed (the connector then nacks it). */
    synchronized void end(Throwable failure) {
        for (Span span : open) {
            if (failure != null) {
                span.recordException(failure);
                span.setStatus(StatusCode.ERROR, failure.toString());
            }
            span.end();
        }
        open.clear();
    }

    private void end(Span span, String outcome, String error) {
        span.setAttribute(OUTCOME, outcome);
        if (error != null) {
            span.setStatus(StatusCode.ERROR, error);
        }
        span.end();
        open.remove(span);
    }
}
