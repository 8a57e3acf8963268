package io.newsflow.extraction.knowledge;

import io.newsflow.contracts.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical entities the extractor links to, and the name index over them. Immutable: to add curated entities,
 * build a new one ({@link #of}) and a new extractor over it. Where several entities share a name, the one listed
 * first is preferred unless the document says otherwise (a country it mentions).
 */
public final class KnowledgeBase {

    private final List<CanonicalEntity> entities;
    private final Map<String, CanonicalEntity> byId;
    private final Map<String, CanonicalEntity> countriesByCode;
    private final NameIndex index;

    private KnowledgeBase(List<CanonicalEntity> entities) {
        this.entities = List.copyOf(entities);
        this.byId = new HashMap<>(entities.size() * 2);
        this.countriesByCode = new HashMap<>();
        this.index = new NameIndex();
        int rank = 0;
        for (CanonicalEntity e : this.entities) {
            if (byId.putIfAbsent(e.id(), e) != null) {
                continue;
            }
            if (e.type() == EntityType.LOC && e.id().startsWith(BundledKnowledge.COUNTRY_ID_PREFIX)
                    && e.country() != null) {
                countriesByCode.putIfAbsent(e.country(), e);
            }
            index.add(e, rank, e.preferredName());
            for (List<String> names : e.namesByLanguage().values()) {
                for (String name : names) {
                    index.add(e, rank, name);
                }
            }
            rank++;
        }
    }

    /** A knowledge base over these entities; earlier entries win name clashes, duplicate ids keep the first. */
    public static KnowledgeBase of(Collection<CanonicalEntity> entities) {
        return new KnowledgeBase(new ArrayList<>(entities));
    }

    /** The bundled knowledge: ICU country and city names, GeoNames and CLDR places, curated lists. */
    public static KnowledgeBase bundled() {
        return of(BundledKnowledge.load());
    }

    /** This knowledge base with {@code additions} taking precedence (same id replaces, new names win clashes). */
    public KnowledgeBase with(Collection<CanonicalEntity> additions) {
        List<CanonicalEntity> all = new ArrayList<>(additions);
        all.addAll(entities);
        return of(all);
    }

    public List<CanonicalEntity> entities() {
        return entities;
    }

    public Optional<CanonicalEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The country entity for an ISO 3166 alpha-2 code, if known. */
    public Optional<CanonicalEntity> country(String code) {
        return Optional.ofNullable(code == null ? null : countriesByCode.get(code));
    }

    public NameIndex index() {
        return index;
    }

    public int size() {
        return entities.size();
    }
}
