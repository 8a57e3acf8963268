package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entity of the knowledge base as curators left it, published by extract-service on
 * {@link Topics#ENTITIES_CURATED} (keyed by id) whenever the curated layer changes: every name it has per language,
 * or, for an entity merged into another, only {@code mergedInto}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KnowledgeEntry(
        String id,
        EntityType type,
        String preferredName,
        Map<String, List<String>> namesByLanguage,
        String country,
        Double lat,
        Double lon,
        String mergedInto,
        Instant changedAt) {

    public KnowledgeEntry {
        namesByLanguage = namesByLanguage == null ? Map.of() : Map.copyOf(namesByLanguage);
    }

    public boolean merged() {
        return mergedInto != null;
    }
}
