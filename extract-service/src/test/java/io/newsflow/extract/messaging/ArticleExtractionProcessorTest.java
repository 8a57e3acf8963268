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
    private static final class FindingNothing extends ArticleEnricher {

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
        assertThatThrownBy(() -> processor.process(payload))
                .isInstanceOf(InvalidPayloadException.class)
                .hasMessageStartingWith("not a NormalisedArticle");

        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).isZero();
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "failed")).isEqualTo(1);
        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, "InvalidPayloadException")).isEqualTo(1);
    }

    @Test
    void anIdElasticsearchWouldRefuseIsDeadLetteredHere() {
        String id = "稿".repeat(200);

        assertThatThrownBy(() -> processor.process("{\"id\":\"" + id + "\",\"version\":1,\"headline\":\"Quarry reopens\"}"))
                .isInstanceOf(InvalidPayloadException.class)
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
    void anArticleKafkaDidNotTakeIsCountedAsADeadLetterNotPublished() {
        Record<String, String> enriched = processor.process("{\"id\":\"quarry-8\",\"version\":1,\"headline\":\"Quarry closes\"}");

        outcomes.onMessageNack(Message.of(enriched), new RecordTooLargeException("too large"));

        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "published")).isZero();
        assertThat(count(MetricNames.ITEMS, MetricNames.TAG_OUTCOME, "failed")).isEqualTo(1);
        assertThat(count(MetricNames.DEAD_LETTERS, MetricNames.TAG_REASON, "RecordTooLargeException")).isEqualTo(1);
    }

    private double count(String name, String tag, String value) {
        return registry.find(name).tag(MetricNames.TAG_STAGE, "extract").tag(tag, value).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }
}
