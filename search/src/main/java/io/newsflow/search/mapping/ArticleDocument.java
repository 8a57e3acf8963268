package io.newsflow.search.mapping;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.analysis.TextAnalysis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Elasticsearch document of an enriched article, as mapped in search's {@code articles-v2.json}. Text is
 * analysed here, in Java, into the per-language fields; a killed article becomes a tombstone without its text,
 * so that it drops out of every search while its version still guards against older copies. The entities and
 * events travel whole in {@code entities} and {@code events}, which are stored, not indexed; what searches,
 * filters and facets need of them is in flat keyword fields derived from them ({@link #derive}).
 */
public final class ArticleDocument {

    private static final String ENTITIES = "entities";
    private static final String EVENTS = "events";
    /** Fields of earlier mapping versions that the current one does not have. */
    private static final List<String> DROPPED = List.of("text_std");

    private ArticleDocument() {
    }

    public static Map<String, Object> of(EnrichedArticle enriched, Instant indexedAt) {
        NormalisedArticle a = enriched.article();
        Map<String, Object> doc = new HashMap<>();
        doc.put(ArticleIndex.ID, a.id());
        doc.put(ArticleIndex.VERSION, a.version());
        doc.put(ArticleIndex.SOURCE, a.source());
        doc.put(ArticleIndex.PUBLISHED, a.versionCreated());
        doc.put(ArticleIndex.FIRST_CREATED, a.firstCreated());
        doc.put("received_at", a.receivedAt());
        doc.put("indexed_at", indexedAt);
        doc.put(ArticleIndex.PUB_STATUS, a.pubStatus().name().toLowerCase(java.util.Locale.ROOT));
        doc.put(ArticleIndex.KILLED, a.pubStatus().isKill());
        doc.put("format", a.format());
        doc.put("channel", a.channel());
        doc.put(ArticleIndex.CLUSTER_ID, a.clusterId());
        if (a.pubStatus().isKill()) {
            return doc;
        }
        String language = enriched.language() == null ? "und" : enriched.language();
        doc.put(ArticleIndex.LANGUAGE, language);
        doc.put("declared_language", a.language());
        doc.put(ArticleIndex.HEADLINE, a.headline());
        doc.put(ArticleIndex.BODY, a.body());
        doc.put(ArticleIndex.BYLINE, a.byline());
        doc.put(ArticleIndex.CORRECTION, a.correction());
        doc.put(ArticleIndex.URGENCY, a.urgency());
        doc.put(ArticleIndex.SUBJECTS, a.subjects());
        doc.put(ArticleIndex.DECLARED_PLACES, a.places());
        doc.put(ArticleIndex.DECLARED_PEOPLE, a.people());
        doc.put(ArticleIndex.LINKS, a.links());
        doc.put("content_hash", a.contentHash());
        String text = a.extractionText();
        if (TextAnalysis.hasAnalyzer(language)) {
            doc.put(ArticleIndex.TEXT_PREFIX + language, TextAnalysis.analyse(language, text));
        }
        doc.put(ArticleIndex.ENTITY_NAMES, entityNames(enriched.entities()));
        doc.put(ENTITIES, enriched.entities().stream().map(ArticleDocument::entity).toList());
        doc.put(EVENTS, enriched.events().stream().map(ArticleDocument::event).toList());
        derive(doc);
        return doc;
    }

    /**
     * A document as an older mapping version stored it, brought to the current one (for a reindex): fields the
     * current mapping dropped go, and the flat fields are derived again from the entities and events it carries.
     */
    public static Map<String, Object> upgrade(Map<String, Object> source) {
        Map<String, Object> doc = new HashMap<>(source);
        DROPPED.forEach(doc::remove);
        if (!Boolean.TRUE.equals(doc.get(ArticleIndex.KILLED))) {
            derive(doc);
        }
        return doc;
    }

    /** The flat fields of the entities and events in {@code doc}: ids, types, keys, event types and places. */
    @SuppressWarnings("unchecked")
    private static void derive(Map<String, Object> doc) {
        List<Map<String, Object>> entities = (List<Map<String, Object>>) doc.getOrDefault(ENTITIES, List.of());
        List<Map<String, Object>> events = (List<Map<String, Object>>) doc.getOrDefault(EVENTS, List.of());
        doc.put(ArticleIndex.ENTITY_IDS, distinct(entities.stream().map(e -> e.get("id"))));
        doc.put(ArticleIndex.ENTITY_TYPES, distinct(entities.stream().map(e -> e.get("type"))));
        doc.put(ArticleIndex.ENTITY_KEYS, distinct(entities.stream()
                .map(e -> new EntityKey((String) e.get("type"), (String) e.get("id"), (String) e.get("name")).encoded())));
        doc.put(ArticleIndex.EVENT_TYPES, distinct(events.stream().map(e -> e.get("type"))));
        doc.put(ArticleIndex.EVENT_PLACES, distinct(events.stream().flatMap(e -> Stream.of(e.get("place_id"), e.get("place")))));
    }

    private static <T> List<T> distinct(Stream<T> values) {
        return values.filter(Objects::nonNull).distinct().toList();
    }

    /** Canonical names and every surface form, so that a name in any script finds the article. */
    private static List<String> entityNames(List<ArticleEntity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (ArticleEntity entity : entities) {
            names.add(entity.name());
            entity.mentions().stream().map(Mention::text).forEach(names::add);
        }
        return new ArrayList<>(names);
    }

    private static Map<String, Object> entity(ArticleEntity e) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", e.id());
        m.put("type", e.type().name());
        m.put("name", e.name());
        m.put("linked", e.linked());
        m.put("country", e.country());
        m.put("mentions", e.mentions().stream().map(Mention::text).distinct().toList());
        return m;
    }

    private static Map<String, Object> event(ArticleEvent e) {
        Map<String, Object> m = new HashMap<>();
        m.put("type", e.type());
        m.put("code", e.code());
        m.put("trigger", e.trigger());
        m.put("actors", e.actors());
        m.put("place", e.place());
        m.put("place_id", e.placeId());
        if (e.lat() != null && e.lon() != null) {
            m.put("location", Map.of("lat", e.lat(), "lon", e.lon()));
        }
        m.put("date", e.date() == null ? null : e.date().toString());
        m.put("sentence", e.sentence());
        return m;
    }
}
