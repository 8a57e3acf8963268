package io.newsflow.extract.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.MetricNames;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.extraction.Extraction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Adds language, linked entities and events to a normalised article; kills pass through without extraction. */
@ApplicationScoped
public class ArticleEnricher {

    private final ExtractorHolder extractors;
    private final Timer timer;

    public ArticleEnricher(ExtractorHolder extractors, MeterRegistry registry) {
        this.extractors = extractors;
        this.timer = Timer.builder(MetricNames.STAGE_PROCESSING)
                .tag(MetricNames.TAG_STAGE, "extract")
                .publishPercentileHistogram()
                .register(registry);
    }

    public EnrichedArticle enrich(NormalisedArticle article) {
        if (article.pubStatus().isKill()) {
            return new EnrichedArticle(article, article.language(), List.of(), List.of(), Instant.now());
        }
        return timer.record(() -> {
            Extraction found = extractors.current().extract(article.headline(), article.body(), article.versionCreated(), article.language());
            return new EnrichedArticle(article, found.language(), found.entities(), found.events(), Instant.now());
        });
    }
}
