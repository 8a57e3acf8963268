package io.newsflow.index.messaging;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.contracts.Topics;
import io.newsflow.index.mapping.CuratedKnowledge;
import io.newsflow.index.service.ArticleIndexer;
import io.newsflow.index.service.CompanionIndexer;
import io.newsflow.index.service.IndexOutcome;
import io.newsflow.index.service.ItemResult;
import io.quarkus.logging.Log;
import io.newsflow.index.config.IndexConfig;
import io.newsflow.index.service.BulkChunks;
import io.newsflow.support.kafka.RecordOrigin;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Where enriched articles (and curators' changes to entities) enter index-service, enriched articles in batches as
 * Kafka hands them over (each written by {@link ArticleIndexer}, bulk chunks one after the other).
 * The batch's offsets are committed only after Elasticsearch acknowledged every item; items Elasticsearch could
 * not take for load are sent again with back-off; unreadable or refused items go to newsflow.index.dlq with the
 * reason. While Elasticsearch is unreachable the batch is retried and consumption stops, losing nothing.
 * Each record's trace goes on in a span of its own until the record's outcome ({@link ArticleSpans}).
 */
@ApplicationScoped
public class EnrichedArticleConsumer {

    public static final String ENRICHED_ARTICLES = "enriched-articles";
    public static final String CURATED_ENTITIES = "curated-entities";
    public static final String DEAD_LETTERS = "index-dead-letters";
    private static final String REASON_INVALID_PAYLOAD = "invalid-payload";
    private static final String REASON_REFUSED = "refused";
    private static final String STAGE = "index";
    private static final ItemResult SUPERSEDED = new ItemResult(IndexOutcome.STALE, "a newer record of the article came in the same poll");

    private final ArticleIndexer indexer;
    private final CompanionIndexer companions;
    private final CuratedKnowledge knowledge;
    private final IndexConfig config;
    private final MutinyEmitter<String> deadLetters;
    private final MeterRegistry registry;
    private final Timer freshness;
    private final Timer processing;
    private final DistributionSummary bulkSize;
    private final Tracer tracer;

    public EnrichedArticleConsumer(ArticleIndexer indexer, CompanionIndexer companions, CuratedKnowledge knowledge,
                                   IndexConfig config, @Channel(DEAD_LETTERS) MutinyEmitter<String> deadLetters,
                                   MeterRegistry registry, OpenTelemetry telemetry) {
        this.indexer = indexer;
        this.companions = companions;
        this.knowledge = knowledge;
        this.config = config;
        this.deadLetters = deadLetters;
        this.registry = registry;
        this.freshness = Timer.builder(MetricNames.FRESHNESS).publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(30)).register(registry);
        this.processing = Timer.builder(MetricNames.STAGE_PROCESSING).tag(MetricNames.TAG_STAGE, STAGE)
                .publishPercentileHistogram().register(registry);
        this.bulkSize = DistributionSummary.builder(MetricNames.INDEX_BULK_SIZE).publishPercentileHistogram().register(registry);
        this.tracer = telemetry.getTracer("io.newsflow.index");
        // Every series an alert or panel takes increase() of exists from the start: one that appears at its first
        // increment has no earlier sample, and the first burst would read as nothing.
        List.of("received", "indexed", "stale", "dead_letter").forEach(outcome -> count(outcome, 0));
        List.of(REASON_INVALID_PAYLOAD, REASON_REFUSED).forEach(reason -> deadLetterCounter(reason));
    }

    /**
     * Blocking: building documents (JSON, text analysis) is CPU work that must not hold the event loop. The records
     * come as bytes and are parsed as UTF-8 JSON: decoding each into a string first cost the Kafka consumer's thread
     * about as much as the parsing.
     */
    @Incoming(ENRICHED_ARTICLES)
    @Blocking
    public Uni<Void> index(List<byte[]> payloads, IncomingKafkaRecordBatchMetadata<String, byte[]> batch) {
        long started = System.nanoTime();
        count("received", payloads.size());
        ArticleSpans spans = ArticleSpans.start(tracer, batch, payloads.size());
        List<RecordOrigin> origins = RecordOrigin.of(batch, payloads.size());
        Poll poll = Poll.of(payloads);
        Map<EnrichedArticle, RecordOrigin> originOf = new IdentityHashMap<>();
        List<EnrichedArticle> articles = new ArrayList<>(poll.newest().size());
        for (Poll.Read read : poll.newest()) {
            articles.add(read.article());
            originOf.put(read.article(), origins.get(read.record()));
            spans.read(read.record(), read.article());
        }
        for (Poll.Read read : poll.superseded()) {
            spans.read(read.record(), read.article());
            spans.settled(read.article(), SUPERSEDED);
            count("stale", 1);
        }
        List<Uni<Void>> rejected = new ArrayList<>();
        for (Poll.Unreadable record : poll.unreadable()) {
            rejected.add(deadLetter(record.payload(), REASON_INVALID_PAYLOAD, record.reason(), origins.get(record.record())));
            spans.unreadable(record.record(), record.reason());
        }
        return Multi.createFrom().iterable(BulkChunks.split(articles, config.maxBulkBytes()))
                .onItem().transformToUniAndConcatenate(chunk -> {
                    bulkSize.record(chunk.size());
                    return indexWithRetry(chunk, spans, originOf);
                })
                .collect().last()
                .chain(() -> rejected.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(rejected).andFailFast().replaceWithVoid())
                .invoke(() -> processing.record(Duration.ofNanos(System.nanoTime() - started)))
                .onTermination().invoke((done, failure, cancelled) -> spans.end(failure));
    }

    /**
     * A curator's change to the knowledge base, read whole from newsflow.entities.curated at every start: entity
     * documents built from then on carry its names, and the entities index takes it at once. Sent again while
     * Elasticsearch is unreachable or busy; an unreadable or refused entry goes to newsflow.index.dlq, naming its record
     * (read again at every start, it is dead-lettered again: the record it names tells the repeats apart). An entry that
     * is JSON but no entity ({@code {}}, no type) is dead-lettered the same way: it never stops the channel.
     */
    @Incoming(CURATED_ENTITIES)
    public Uni<Void> curate(ConsumerRecord<String, String> record) {
        String payload = record.value();
        RecordOrigin origin = RecordOrigin.of(record);
        KnowledgeEntry entry;
        try {
            entry = EventCodec.read(payload, KnowledgeEntry.class);
            knowledge.apply(entry);
        } catch (InvalidPayloadException e) {
            return deadLetter(payload == null ? "" : payload, REASON_INVALID_PAYLOAD, e.getMessage(), origin);
        }
        return companions.curated(entry)
                .onFailure(e -> !refused(e)).invoke(e -> Log.warnf("curated entity %s not written, retrying: %s", entry.id(), e.getMessage()))
                .onFailure(e -> !refused(e)).retry().withBackOff(Duration.ofMillis(500), config.longestRetryPause()).indefinitely()
                .onFailure().recoverWithUni(e -> deadLetter(payload, REASON_REFUSED, e.getMessage(), origin));
    }

    private static boolean refused(Throwable e) {
        // 409: an article's upsert came between reading and writing; 429: busy. Both are sent again.
        return e instanceof ElasticsearchException es && es.status() < 500 && es.status() != 409 && es.status() != 429;
    }

    /**
     * Indexes, sending again only what Elasticsearch could not take, until everything is written or refused (a
     * request refused as a whole is taken apart to find the culprit: {@link ChunkIndexing}).
     */
    private Uni<Void> indexWithRetry(List<EnrichedArticle> articles, ArticleSpans spans,
                                     Map<EnrichedArticle, RecordOrigin> originOf) {
        if (articles.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return ChunkIndexing.indexed(articles, indexer::index, config.longestRetryPause())
                .chain(results -> settle(articles, results, spans, originOf));
    }

    private Uni<Void> settle(List<EnrichedArticle> articles, List<ItemResult> results, ArticleSpans spans,
                             Map<EnrichedArticle, RecordOrigin> originOf) {
        List<EnrichedArticle> again = new ArrayList<>();
        List<Uni<Void>> refused = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < articles.size(); i++) {
            EnrichedArticle article = articles.get(i);
            ItemResult result = results.get(i);
            spans.settled(article, result);
            switch (result.outcome()) {
                case INDEXED -> {
                    count("indexed", 1);
                    if (article.article().receivedAt() != null) {
                        freshness.record(Duration.between(article.article().receivedAt(), now));
                    }
                }
                case STALE -> count("stale", 1);
                case RETRY -> again.add(article);
                case REFUSED -> refused.add(deadLetter(EventCodec.write(article), REASON_REFUSED, result.reason(), originOf.get(article)));
            }
        }
        Uni<Void> retried = again.isEmpty()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofMillis(500)).chain(() -> indexWithRetry(again, spans, originOf));
        return retried.chain(() -> refused.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(refused).andFailFast().replaceWithVoid());
    }

    /**
     * Writes a dead letter whose header says "{@code reason}: {@code detail}", counted under {@code reason}, naming the
     * record it was made from when known ({@code origin}).
     */
    private Uni<Void> deadLetter(String payload, String reason, String detail, RecordOrigin origin) {
        count("dead_letter", 1);
        deadLetterCounter(reason).increment();
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, (reason + ": " + detail).getBytes(StandardCharsets.UTF_8));
        RecordOrigin.name(origin, headers);
        return deadLetters.sendMessage(Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build()));
    }

    private Counter deadLetterCounter(String reason) {
        return registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason);
    }

    private void count(String outcome, int n) {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome).increment(n);
    }
}
