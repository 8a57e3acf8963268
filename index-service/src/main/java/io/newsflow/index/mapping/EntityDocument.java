package io.newsflow.index.mapping;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.contracts.Mention;
import io.newsflow.search.analysis.NameNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entities-index documents of the entities an article names. A linked entity carries every name the knowledge
 * base has for it, in every language and script, so that autocomplete finds it whatever the reader types; a
 * provisional one carries the surface forms seen.
 */
@ApplicationScoped
public class EntityDocument {

    /** A partial update (names, last seen) and the full document to create when the entity is new. */
    public record Upsert(String id, Map<String, Object> doc, Map<String, Object> firstSeenDoc) {
    }

    private final CuratedKnowledge knowledge;

    public EntityDocument(CuratedKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public List<Upsert> upserts(EnrichedArticle article) {
        List<Upsert> upserts = new ArrayList<>();
        for (ArticleEntity entity : article.entities()) {
            Map<String, Object> doc = doc(entity);
            doc.put("last_seen", article.article().versionCreated());
            Map<String, Object> first = new HashMap<>(doc);
            first.put("first_seen", article.article().versionCreated());
            upserts.add(new Upsert(entity.id(), doc, first));
        }
        return upserts;
    }

    /**
     * An entity as the index holds it (its names and sightings, as read back), as the earlier upsert that
     * {@link #merge} takes, so that what another writer put there is kept.
     */
    public static Upsert indexed(String id, Map<String, Object> source) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("names", source.get("names") instanceof List<?> names ? names : List.of());
        doc.put("last_seen", instant(source.get("last_seen")));
        Map<String, Object> first = new HashMap<>(doc);
        first.put("first_seen", instant(source.get("first_seen")));
        return new Upsert(id, doc, first);
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    /**
     * Two upserts of one entity from the same batch as one: the later article's facts, the names of both, the
     * later last sighting and the earlier first one.
     */
    @SuppressWarnings("unchecked")
    public static Upsert merge(Upsert earlier, Upsert later) {
        Map<String, Object> doc = new HashMap<>(later.doc());
        Set<String> names = new LinkedHashSet<>((List<String>) earlier.doc().get("names"));
        names.addAll((List<String>) later.doc().get("names"));
        doc.put("names", new ArrayList<>(names));
        doc.put("names_norm", names.stream().map(NameNormaliser::normalise).distinct().toList());
        doc.put("last_seen", pick(earlier.doc().get("last_seen"), later.doc().get("last_seen"), true));
        Map<String, Object> first = new HashMap<>(doc);
        first.put("first_seen", pick(earlier.firstSeenDoc().get("first_seen"), later.firstSeenDoc().get("first_seen"), false));
        return new Upsert(later.id(), doc, first);
    }

    /** The later (or earlier) of two instants, either of which may be missing. */
    private static Object pick(Object a, Object b, boolean later) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        boolean aFirst = ((Instant) a).isBefore((Instant) b);
        return aFirst == later ? b : a;
    }

    private Map<String, Object> doc(ArticleEntity entity) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entity.name());
        entity.mentions().stream().map(Mention::text).forEach(names::add);
        if (entity.linked()) {
            knowledge.byId(entity.id()).ifPresent(known -> addKnownNames(known.preferredName(), known.namesByLanguage(), names));
        }
        return document(entity.id(), entity.type(), entity.name(), entity.linked(), entity.country(), entity.lat(), entity.lon(), names);
    }

    /**
     * The document of a curated entity: what curators say it is, with every name it has and the names the index
     * already holds for it ({@code indexed}: its current document, or null).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> curated(KnowledgeEntry entry, Map<String, Object> indexed) {
        Set<String> names = new LinkedHashSet<>();
        addKnownNames(entry.preferredName(), entry.namesByLanguage(), names);
        if (indexed != null && indexed.get("names") instanceof List<?> seen) {
            names.addAll((List<String>) seen);
        }
        return document(entry.id(), entry.type(), entry.preferredName(), true, entry.country(), entry.lat(), entry.lon(), names);
    }

    private static Map<String, Object> document(String id, EntityType type, String name, boolean linked, String country,
                                                Double lat, Double lon, Set<String> names) {
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", id);
        doc.put("type", type.name());
        doc.put("name", name);
        doc.put("linked", linked);
        doc.put("country", country);
        if (lat != null && lon != null) {
            doc.put("location", Map.of("lat", lat, "lon", lon));
        }
        doc.put("names", new ArrayList<>(names));
        doc.put("names_norm", names.stream().map(NameNormaliser::normalise).distinct().toList());
        return doc;
    }

    private static void addKnownNames(String preferredName, Map<String, List<String>> namesByLanguage, Set<String> names) {
        names.add(preferredName);
        namesByLanguage.values().forEach(names::addAll);
    }
}
