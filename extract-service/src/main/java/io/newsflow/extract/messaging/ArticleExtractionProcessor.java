package io.newsflow.extract.messaging;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.IdLimits;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.extract.service.ArticleEnricher;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.Record;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Where normalised articles enter extract-service. Each is enriched and sent on, keyed by article id; the incoming
 * offset is committed once the enriched article is acknowledged by Kafka ({@link ExtractOutcomes} counts it then). A
 * payload that cannot be read or enriched goes to newsflow.extract.dlq with its reason ({@link ExtractFailure}), and
 * so does JSON that is no article ({@code {}}, {@code null}, no id): passed on, it would reach the index under a null
 * key.
 */
@ApplicationScoped
public class ArticleExtractionProcessor {

    public static final String NORMALISED_ARTICLES = "normalised-articles";
    public static final String ENRICHED_ARTICLES = "enriched-articles";

    private final ArticleEnricher enricher;
    private final ExtractOutcomes outcomes;

    public ArticleExtractionProcessor(ArticleEnricher enricher, @Identifier(ENRICHED_ARTICLES) ExtractOutcomes outcomes) {
        this.enricher = enricher;
        this.outcomes = outcomes;
    }

    /** Blocking (on a worker, in order): extraction is CPU work that must not hold the event loop. */
    @Incoming(NORMALISED_ARTICLES)
    @Outgoing(ENRICHED_ARTICLES)
    @Blocking
    public Record<String, String> process(String payload) {
        outcomes.received();
        try {
            NormalisedArticle article = wellFormed(EventCodec.read(payload, NormalisedArticle.class));
            EnrichedArticle enriched = enricher.enrich(article);
            return Record.of(article.id(), EventCodec.write(enriched));
        } catch (RuntimeException e) {
            throw outcomes.failed(e);
        }
    }

    /** The article, when it is one the later stages can key, index and order by version. */
    static NormalisedArticle wellFormed(NormalisedArticle article) {
        if (article == null) {
            throw new InvalidPayloadException("not a NormalisedArticle: the payload is JSON null");
        }
        if (article.id() == null || article.id().isBlank()) {
            throw new InvalidPayloadException("not a NormalisedArticle: it has no id");
        }
        if (IdLimits.bytes(article.id()) > IdLimits.MAX_BYTES) {
            throw new InvalidPayloadException("not a NormalisedArticle: its id is longer than " + IdLimits.MAX_BYTES + " bytes in UTF-8");
        }
        if (article.version() < 0) {
            throw new InvalidPayloadException("not a NormalisedArticle: its version " + article.version() + " is negative");
        }
        return article;
    }
}
