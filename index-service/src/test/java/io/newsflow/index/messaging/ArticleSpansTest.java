package io.newsflow.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.index.service.IndexOutcome;
import io.newsflow.index.service.ItemResult;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each record of a poll gets a span in its own trace, under the connector's span for it, ended by its outcome. */
class ArticleSpansTest {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new Collector()).build();

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void eachArticleIsIndexedInASpanOfItsRecordsTrace() {
        Context first = sampledTrace();
        Context third = sampledTrace();
        ArticleSpans spans = ArticleSpans.start(provider.get("test"), batchOf(List.of(
                record().addMetadata(TracingMetadata.withCurrent(first)),
                record(),
                record().addMetadata(TracingMetadata.withCurrent(third)))), 3);
        EnrichedArticle firstArticle = article("first", 3);
        EnrichedArticle secondArticle = article("second", 1);
        EnrichedArticle thirdArticle = article("third", 1);
        spans.read(0, firstArticle);
        spans.read(1, secondArticle);
        spans.read(2, thirdArticle);

        spans.settled(firstArticle, new ItemResult(IndexOutcome.RETRY, "es_rejected_execution_exception: busy"));
        assertThat(ended).as("an article sent again is not done").isEmpty();
        spans.settled(firstArticle, new ItemResult(IndexOutcome.INDEXED, null));
        spans.settled(secondArticle, new ItemResult(IndexOutcome.INDEXED, null));
        spans.settled(thirdArticle, new ItemResult(IndexOutcome.REFUSED, "mapper_parsing_exception: bad date"));
        spans.end(null);

        assertThat(ended).hasSize(2);
        SpanData written = spanOf("first");
        assertThat(written.getName()).isEqualTo(ArticleSpans.NAME);
        assertThat(written.getTraceId()).isEqualTo(spanContext(first).getTraceId());
        assertThat(written.getParentSpanId()).isEqualTo(spanContext(first).getSpanId());
        assertThat(written.getAttributes().get(ArticleSpans.ARTICLE_VERSION)).isEqualTo(3L);
        assertThat(written.getAttributes().get(ArticleSpans.OUTCOME)).isEqualTo("indexed");
        assertThat(written.getAttributes().get(ArticleSpans.BATCH_SIZE)).isEqualTo(3L);
        assertThat(written.getEvents()).singleElement()
                .satisfies(event -> assertThat(event.getName()).startsWith("sent again"));
        assertThat(written.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);

        SpanData refused = spanOf("third");
        assertThat(refused.getTraceId()).isEqualTo(spanContext(third).getTraceId());
        assertThat(refused.getParentSpanId()).isEqualTo(spanContext(third).getSpanId());
        assertThat(refused.getAttributes().get(ArticleSpans.OUTCOME)).isEqualTo("refused");
        assertThat(refused.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(refused.getStatus().getDescription()).contains("mapper_parsing_exception");
    }

    @Test
    void anUnreadableRecordAndAFailedPollEndTheirSpansAsErrors() {
        Context unreadable = sampledTrace();
        Context pending = sampledTrace();
        ArticleSpans spans = ArticleSpans.start(provider.get("test"), batchOf(List.of(
                record().addMetadata(TracingMetadata.withCurrent(unreadable)),
                record().addMetadata(TracingMetadata.withCurrent(pending)))), 2);
        spans.unreadable(0, "not JSON");
        spans.read(1, article("pending", 1));

        spans.end(new IllegalStateException("Elasticsearch went away"));

        assertThat(ended).hasSize(2).allSatisfy(span -> assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR));
        assertThat(ended.get(0).getParentSpanId()).isEqualTo(spanContext(unreadable).getSpanId());
        assertThat(ended.get(0).getAttributes().get(ArticleSpans.OUTCOME)).isEqualTo("invalid_payload");
        assertThat(spanOf("pending").getStatus().getDescription()).contains("Elasticsearch went away");
        spans.end(null);
        assertThat(ended).as("a span ends once").hasSize(2);
    }

    @Test
    void recordsWithoutATraceOrNotMatchingThePayloadGetNoSpan() {
        ArticleSpans untraced = ArticleSpans.start(provider.get("test"), batchOf(List.of(record())), 1);
        untraced.read(0, article("untraced", 1));
        untraced.settled(article("other", 1), new ItemResult(IndexOutcome.INDEXED, null));
        untraced.end(null);
        ArticleSpans mismatched = ArticleSpans.start(provider.get("test"), batchOf(List.of(
                record().addMetadata(TracingMetadata.withCurrent(sampledTrace())))), 2);
        mismatched.end(null);
        ArticleSpans withoutBatch = ArticleSpans.start(provider.get("test"), null, 1);
        withoutBatch.end(null);

        assertThat(ended).isEmpty();
    }

    private SpanData spanOf(String articleId) {
        return ended.stream()
                .filter(span -> articleId.equals(span.getAttributes().get(ArticleSpans.ARTICLE_ID)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span of " + articleId + " in " + ended));
    }

    private static IncomingKafkaRecordBatchMetadata<String, String> batchOf(List<Message<?>> records) {
        return new IncomingKafkaRecordBatchMetadata<>(ConsumerRecords.empty(), records,
                EnrichedArticleConsumer.ENRICHED_ARTICLES, 0, Map.of(), 1);
    }

    private static Message<?> record() {
        return Message.of("{}");
    }

    private static EnrichedArticle article(String id, long version) {
        NormalisedArticle normalised = new NormalisedArticle(id, version, Instant.EPOCH, Instant.EPOCH, PubStatus.USABLE,
                null, "en", "headline", "body", null, "s", "kafka", "json", null, null, null, null, null, false, null,
                null, null);
        return new EnrichedArticle(normalised, "en", List.of(), List.of(), Instant.EPOCH);
    }

    /** The context of a span the connector started under a sampled producer's traceparent. */
    private static Context sampledTrace() {
        SpanContext span = SpanContext.createFromRemoteParent(HexFormat.of().formatHex(bytes(16)),
                HexFormat.of().formatHex(bytes(8)), TraceFlags.getSampled(), TraceState.getDefault());
        return Context.root().with(Span.wrap(span));
    }

    private static SpanContext spanContext(Context context) {
        return Span.fromContext(context).getSpanContext();
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** Keeps every span that ends. */
    private final class Collector implements SpanProcessor {
        @Override
        public void onStart(Context parentContext, ReadWriteSpan span) {
        }

        @Override
        public boolean isStartRequired() {
            return false;
        }

        @Override
        public void onEnd(ReadableSpan span) {
            ended.add(span.toSpanData());
        }

        @Override
        public boolean isEndRequired() {
            return true;
        }
    }
}
