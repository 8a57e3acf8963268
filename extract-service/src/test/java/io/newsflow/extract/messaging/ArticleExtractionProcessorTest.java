package io.newsflow.extract.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.IdLimits;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.MetricNames;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.extract.service.ArticleEnricher;
import io.smallrye.reactive.messaging.kafka.Record;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleExtractionProcessorTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final ExtractOutcomes outcomes = new ExtractOutcomes(registry);
    private final ArticleExtractionProcessor processor = new ArticleExtractionProcessor(new FindingNothing(registry), outcomes);

    /** Enrichment without the knowledge base: these tests are about what reaches it. */
    private static class FindingNothing extends ArticleEnricher {

        FindingNothing(MeterRegistry registry) {
            super(null, registry);
        }

        @Override
        public EnrichedArticle enrich(NormalisedArticle article) {
            return new EnrichedArticle(article, article.language(), List.of(), List.of(), Instant.now());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "null", "{\"language\":\"en\",\"headline\":\"Quarry reopens\"}", "{\"id\":\"  \",\"version\":1}"})
    void jsonThatIsNoArticleIsDeadLetteredWithItsReasonAndNeverPassedOn(String payload) {
        // The exception's message is what the dead letter's dead-letter-reason header says.
        assertThatThrownBy(() -> processor.process(payload))
                .hasMessageStartingWith(ExtractFailure.INVALID_PAYLOAD + ": not a NormalisedArticle")
                .hasCauseInstanceOf(InvalidPayloadException.class);

        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).isZero();
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "failed")).isEqualTo(1);
        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, ExtractFailure.INVALID_PAYLOAD)).isEqualTo(1);
    }

    @Test
    void unreadableJsonIsDeadLetteredAsAnInvalidPayload() {
        assertThatThrownBy(() -> processor.process("{\"id\": \"quarry-9\", \"headline\": \"cut off"))
                .hasMessageStartingWith(ExtractFailure.INVALID_PAYLOAD + ": not a valid NormalisedArticle");

        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, ExtractFailure.INVALID_PAYLOAD)).isEqualTo(1);
    }

    @Test
    void anArticleTheExtractionFailsOnIsDeadLetteredAsExtractionFailed() {
        ArticleExtractionProcessor failing = new ArticleExtractionProcessor(new FindingNothing(registry) {
            @Override
            public EnrichedArticle enrich(NormalisedArticle article) {
                throw new IllegalStateException("the linker broke");
            }
        }, outcomes);

        assertThatThrownBy(() -> failing.process("{\"id\":\"quarry-10\",\"version\":1,\"headline\":\"Quarry floods\"}"))
                .hasMessage(ExtractFailure.EXTRACTION_FAILED + ": the linker broke")
                .hasCauseInstanceOf(IllegalStateException.class);

        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, ExtractFailure.EXTRACTION_FAILED)).isEqualTo(1);
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_REASON, "IllegalStateException").counters())
                .as("no counter named after an exception class").isEmpty();
    }

    @Test
    void everyReasonAndOutcomeIsCountedFromZeroBeforeTheFirstRecord() {
        assertThat(registry.find(MetricNames.DEAD_LETTERS).tag(MetricNames.TAG_STAGE, "extract").counters())
                .extracting(c -> c.getId().getTag(MetricNames.TAG_REASON))
                .containsExactlyInAnyOrderElementsOf(ExtractFailure.REASONS);
        assertThat(ExtractFailure.REASONS).containsExactlyInAnyOrder(
                ExtractFailure.INVALID_PAYLOAD, ExtractFailure.EXTRACTION_FAILED, ExtractFailure.PUBLISH_FAILED);
        assertThat(registry.find(MetricNames.ITEMS).tag(MetricNames.TAG_STAGE, "extract").counters())
                .extracting(c -> c.getId().getTag(MetricNames.TAG_OUTCOME))
                .containsExactlyInAnyOrder("received", "published", "failed");
        assertThat(registry.find(MetricNames.DEAD_LETTERS).counters()).allSatisfy(c -> assertThat(c.count()).isZero());
    }

    @Test
    void anIdElasticsearchWouldRefuseIsDeadLetteredHere() {
        String id = "稿".repeat(200);

        assertThatThrownBy(() -> processor.process("{\"id\":\"" + id + "\",\"version\":1,\"headline\":\"Quarry reopens\"}"))
                .hasCauseInstanceOf(InvalidPayloadException.class)
                .hasMessageContaining("longer than " + IdLimits.MAX_BYTES + " bytes");
    }

    @Test
    void anArticleIsPassedOnUnderItsIdAndCountedPublishedOnceKafkaHasIt() {
        Record<String, String> enriched = processor.process(
                "{\"id\":\"quarry-7\",\"version\":2,\"headline\":\"Quarry reopens\",\"language\":\"en\"}");

        assertThat(enriched.key()).isEqualTo("quarry-7");
        assertThat(enriched.value()).contains("\"id\":\"quarry-7\"");
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).as("before Kafka's ack").isZero();

        outcomes.onMessageAck(Message.of(enriched));

        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).isEqualTo(1);
    }

    @Test
    void anArticleKafkaDidNotTakeIsDeadLetteredAsPublishFailedNotCountedPublished() {
        Record<String, String> enriched = processor.process("{\"id\":\"quarry-8\",\"version\":1,\"headline\":\"Quarry closes\"}");
        AtomicReference<Throwable> toDeadLetterTopic = new AtomicReference<>();
        Message<Record<String, String>> incoming = Message.of(enriched).withNack(failure -> {
            toDeadLetterTopic.set(failure);
            return CompletableFuture.completedFuture(null);
        });

        // What the connector does when Kafka refuses the send: it nacks the message the interceptor handed it.
        RecordTooLargeException refused = new RecordTooLargeException("too large");
        outcomes.beforeMessageSend(incoming).nack(refused);
        outcomes.onMessageNack(incoming, refused);

        assertThat(toDeadLetterTopic.get()).hasMessage(ExtractFailure.PUBLISH_FAILED + ": too large").hasCause(refused);
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).isZero();
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "failed")).isEqualTo(1);
        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, ExtractFailure.PUBLISH_FAILED)).isEqualTo(1);
    }

    private double count(String name, String tag, String value) {
        return registry.find(name).tag(MetricNames.TAG_STAGE, "extract").tag(tag, value).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
