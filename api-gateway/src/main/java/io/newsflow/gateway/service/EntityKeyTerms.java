package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.mapping.EntityKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities most named by a set of articles: a terms aggregation on the articles' {@code entity_keys}, read back
 * as entities with their article counts. One entity can have several keys (renamed in the knowledge base, or a
 * provisional one named in two spellings that share its id): their counts are added up under the name of the
 * bigger bucket, and twice the buckets wanted are asked for, so that a split entity still makes the top.
 */
final class EntityKeyTerms {

    /** An entity and the number of articles naming it. */
    record Counted(EntityKey entity, long articles) {
    }

    private EntityKeyTerms() {
    }

    /** The buckets for the top {@code size} entities of these types (all types when none is given). */
    static Aggregation top(Collection<String> types, int size) {
        return Aggregation.of(a -> a.terms(t -> {
            t.field(ArticleIndex.ENTITY_KEYS).size(2 * size);
            if (!types.isEmpty()) {
                t.include(i -> i.regexp(EntityKey.ofTypes(types)));
            }
            return t;
        }));
    }

    /**
     * The entities of an aggregation made by {@link #top}, most named first (the caller keeps as many as it
     * wanted); none for a missing aggregation.
     */
    static List<Counted> read(Aggregate terms) {
        if (terms == null) {
            return List.of();
        }
        return read(terms.sterms().buckets().array().stream()
                .map(b -> new SearchResult.Bucket(b.key().stringValue(), null, null, b.docCount()))
                .toList());
    }

    /** The same, from the buckets {@link SearchResultReader} read. */
    static List<Counted> read(List<SearchResult.Bucket> buckets) {
        Map<String, Counted> byId = new LinkedHashMap<>();
        for (SearchResult.Bucket bucket : buckets) {
            EntityKey.decode(bucket.key()).ifPresent(key -> byId.merge(key.id(),
                    new Counted(key, bucket.docCount()),
                    (bigger, smaller) -> new Counted(bigger.entity(), bigger.articles() + smaller.articles())));
        }
        List<Counted> counted = new ArrayList<>(byId.values());
        counted.sort(Comparator.comparingLong(Counted::articles).reversed());
        return counted;
    }
}
