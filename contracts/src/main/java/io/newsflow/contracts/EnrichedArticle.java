package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A normalised article with what extract-service found in it: detected language, entities, events.
 * Published on {@link Topics#ARTICLES_ENRICHED}, keyed by article id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnrichedArticle(
        NormalisedArticle article,
        String language,
        List<ArticleEntity> entities,
        List<ArticleEvent> events,
        Instant extractedAt) {

    public EnrichedArticle {
        entities = entities == null ? List.of() : List.copyOf(entities);
        events = events == null ? List.of() : List.copyOf(events);
    }
}
