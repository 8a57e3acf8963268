package io.newsflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An entity named in an article. {@code linked} entities carry a canonical id shared across languages;
 * provisional ones (not in the knowledge base) carry an id derived from their surface form.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleEntity(
        String id,
        EntityType type,
        String name,
        boolean linked,
        String country,
        Double lat,
        Double lon,
        List<Mention> mentions) {

    public ArticleEntity {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}
