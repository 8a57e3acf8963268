package io.newsflow.extraction;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import java.util.List;

/** What the extractor found in one document: its language, entities and events. */
public record Extraction(String language, List<ArticleEntity> entities, List<ArticleEvent> events) {

    public Extraction {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
    }
}
