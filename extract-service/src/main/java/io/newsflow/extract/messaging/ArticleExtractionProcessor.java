package io.newsflow.extract.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.MetricNames;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.extract.service.ArticleEnricher;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Where normalised articles enter extract-service. Each is enriched and sent on, keyed by article id; the incoming
 * offset is committed once the enriched article is acknowledged by Kafka. A payload that cannot be read or
 * enriched goes to newsflow.extract.dlq with the reason.
 */
@ApplicationScoped
public class ArticleExtractionProcessor {

    public static final String NORMALISED_ARTICLES = "normalised-articles";
    public static final String ENRICHED_ARTICLES = "enriched-articles";
    private static final String STAGE = "extract";

    private final ArticleEnricher enricher;
    private final MeterRegistry registry;

    public ArticleExtractionProcessor(ArticleEnricher enricher, MeterRegistry registry) {
        this.enricher = enricher;
        this.registry = registry;
    }

    /** Blocking (on a worker, in order): extraction is CPU work that must not hold the event loop. */
    @Incoming(NORMALISED_ARTICLES)
    @Outgoing(ENRICHED_ARTICLES)
    @Blocking
    public Record<String, String> process(String payload) {
        count("received");
        try {
            NormalisedArticle article = EventCodec.read(payload, NormalisedArticle.class);
            EnrichedArticle enriched = enricher.enrich(article);
            count("published");
            return Record.of(article.id(), EventCodec.write(enriched));
        } catch (RuntimeException e) {
            count("failed");
            registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE,
                    MetricNames.TAG_REASON, e.getClass().getSimpleName()).increment();
            throw e;
        }
    }

    private void count(String outcome) {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome).increment();
    }
}
