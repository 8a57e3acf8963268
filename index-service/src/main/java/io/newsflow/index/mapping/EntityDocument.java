package io.newsflow.index.mapping;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.contracts.Mention;
import io.newsflow.extraction.knowledge.CanonicalEntity;
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
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", entity.id());
        doc.put("type", entity.type().name());
        doc.put("name", entity.name());
        doc.put("linked", entity.linked());
        doc.put("country", entity.country());
        if (entity.lat() != null && entity.lon() != null) {
            doc.put("location", Map.of("lat", entity.lat(), "lon", entity.lon()));
        }
        if (entity.linked()) {
            knowledge.byId(entity.id()).ifPresent(known -> addKnownNames(known, names));
        }
        doc.put("names", new ArrayList<>(names));
        doc.put("names_norm", names.stream().map(NameNormaliser::normalise).distinct().toList());
        return doc;
    }

    /**
     * The document of a curated entity: what curators say it is, with every name it has and the names the index
     * already holds for it ({@code indexed}: its current document, or null).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> curated(KnowledgeEntry entry, Map<String, Object> indexed) {
        Set<String> names = new LinkedHashSet<>();
        names.add(entry.preferredName());
        entry.namesByLanguage().values().forEach(names::addAll);
        if (indexed != null && indexed.get("names") instanceof List<?> seen) {
            names.addAll((List<String>) seen);
        }
        Map<String, Object> doc = new HashMap<>();
        doc.put("id", entry.id());
        doc.put("type", entry.type().name());
        doc.put("name", entry.preferredName());
        doc.put("linked", true);
        doc.put("country", entry.country());
        doc.put("location", entry.lat() != null && entry.lon() != null ? Map.of("lat", entry.lat(), "lon", entry.lon()) : null);
        doc.put("names", new ArrayList<>(names));
        doc.put("names_norm", names.stream().map(NameNormaliser::normalise).distinct().toList());
        return doc;
    }

    private static void addKnownNames(CanonicalEntity known, Set<String> names) {
        names.add(known.preferredName());
        known.namesByLanguage().values().forEach(names::addAll);
    }
}
