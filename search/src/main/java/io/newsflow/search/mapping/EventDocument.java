package io.newsflow.search.mapping;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.search.EventIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The events-index document of one extracted event, as mapped in search's {@code events-v1.json}. */
public final class EventDocument {

    private EventDocument() {
    }

    public static Map<String, Object> of(EnrichedArticle enriched, int n) {
        ArticleEvent event = enriched.events().get(n);
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", EventIndex.eventId(enriched.article().id(), n));
        doc.put("article_id", enriched.article().id());
        doc.put("article_version", enriched.article().version());
        doc.put("language", enriched.language());
        doc.put("source", enriched.article().source());
        doc.put("published", enriched.article().versionCreated());
        doc.put("type", event.type());
        doc.put("code", event.code());
        doc.put("trigger", event.trigger());
        doc.put("actors", event.actors());
        doc.put("actor_names", actorNames(enriched.entities(), event.actors()));
        doc.put("place", event.place());
        doc.put("place_id", event.placeId());
        if (event.lat() != null && event.lon() != null) {
            doc.put("location", Map.of("lat", event.lat(), "lon", event.lon()));
        }
        doc.put("date", event.date() == null ? null : event.date().toString());
        doc.put("sentence", event.sentence());
        return doc;
    }

    private static List<String> actorNames(List<ArticleEntity> entities, List<String> actorIds) {
        return actorIds.stream()
                .map(id -> entities.stream().filter(e -> e.id().equals(id)).map(ArticleEntity::name).findFirst().orElse(null))
                .filter(Objects::nonNull)
                .toList();
    }
}
