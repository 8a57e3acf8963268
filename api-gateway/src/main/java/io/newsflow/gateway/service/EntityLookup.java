package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.gateway.query.QueryNode.Term;
import io.newsflow.search.EntityIndex;
import io.newsflow.search.analysis.NameNormaliser;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cross-lingual search: finds the entities whose names (in any language or script) a query term names, so that
 * the article search can also match every article linked to them. Names are compared normalised
 * ({@link NameNormaliser}): exactly, by prefix (4+ characters), or as all words of a longer name. Results are
 * cached a minute per normalised term: entity names change rarely and this keeps a search at one round trip.
 */
@ApplicationScoped
public class EntityLookup {

    /** An entity a query term matched. */
    public record MatchedEntity(String id, String name, String type, String term) {
    }

    /** What the lookup found: the ids per term, and the entities for the response. */
    public record Matches(Map<Term, List<String>> idsByTerm, List<MatchedEntity> entities) {
        public static final Matches NONE = new Matches(Map.of(), List.of());
    }

    private record Cached(List<MatchedEntity> entities, long expiresAtNanos) {
    }

    static final int PER_TERM = 5;
    private static final long TTL_NANOS = 60_000_000_000L;
    private static final int MIN_PREFIX = 4;
    private static final int MAX_CACHED = 20_000;

    private final ElasticsearchAsyncClient client;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    public EntityLookup(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    public Uni<Matches> lookup(List<Term> terms) {
        if (terms.isEmpty()) {
            return Uni.createFrom().item(Matches.NONE);
        }
        Map<String, List<MatchedEntity>> byNorm = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        long now = System.nanoTime();
        for (Term t : terms) {
            String norm = NameNormaliser.normalise(t.text());
            if (norm.isBlank() || byNorm.containsKey(norm)) {
                continue;
            }
            Cached c = cache.get(norm);
            if (c != null && c.expiresAtNanos() - now > 0) {
                byNorm.put(norm, c.entities());
            } else {
                byNorm.put(norm, null);
                missing.add(norm);
            }
        }
        Uni<Map<String, List<MatchedEntity>>> fetched = missing.isEmpty()
                ? Uni.createFrom().item(Map.of())
                : fetch(missing);
        return fetched.map(found -> {
            byNorm.replaceAll((norm, cached) -> cached != null ? cached : found.getOrDefault(norm, List.of()));
            Map<Term, List<String>> ids = new HashMap<>();
            List<MatchedEntity> entities = new ArrayList<>();
            for (Term t : terms) {
                List<MatchedEntity> matched = byNorm.getOrDefault(NameNormaliser.normalise(t.text()), List.of());
                ids.put(t, matched.stream().map(MatchedEntity::id).toList());
                matched.stream().filter(m -> entities.stream().noneMatch(e -> e.id().equals(m.id()))).forEach(entities::add);
            }
            return new Matches(ids, entities);
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Uni<Map<String, List<MatchedEntity>>> fetch(List<String> norms) {
        List<Query> should = new ArrayList<>();
        for (int i = 0; i < norms.size(); i++) {
            String norm = norms.get(i);
            String name = "t" + i;
            should.add(Query.of(q -> q.term(t -> t.field("names_norm").value(norm).boost(3.0f).queryName(name + "_exact"))));
            if (norm.length() >= MIN_PREFIX) {
                should.add(Query.of(q -> q.prefix(p -> p.field("names_norm").value(norm).queryName(name + "_prefix"))));
                should.add(Query.of(q -> q.match(m -> m.field("names").query(norm).operator(Operator.And).queryName(name + "_words"))));
            }
        }
        return Elastic.call(() -> client.search(s -> s
                        .index(EntityIndex.ALIAS)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")))
                        .size(Math.min(100, PER_TERM * norms.size() * 2))
                        .source(src -> src.filter(f -> f.includes("id", "name", "type"))), Map.class))
                .map(response -> {
                    Map<String, List<MatchedEntity>> out = new HashMap<>();
                    for (Hit<Map> hit : ((SearchResponse<Map>) response).hits().hits()) {
                        Map<String, Object> source = hit.source();
                        // Each clause has its own name (the same name on several clauses is not reported reliably).
                        Set<String> terms = new HashSet<>();
                        for (String named : hit.matchedQueries()) {
                            terms.add(named.substring(1, named.indexOf('_')));
                        }
                        for (String index : terms) {
                            String norm = norms.get(Integer.parseInt(index));
                            List<MatchedEntity> list = out.computeIfAbsent(norm, k -> new ArrayList<>());
                            if (list.size() < PER_TERM) {
                                list.add(new MatchedEntity(hit.id(), Elastic.string(source, "name"), Elastic.string(source, "type"), norm));
                            }
                        }
                    }
                    remember(norms, out);
                    return out;
                })
                .onFailure(Elastic::indexMissing).recoverWithItem(Map.of());
    }

    private void remember(List<String> norms, Map<String, List<MatchedEntity>> found) {
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        long expires = System.nanoTime() + TTL_NANOS;
        for (String norm : norms) {
            cache.put(norm, new Cached(List.copyOf(found.getOrDefault(norm, List.of())), expires));
        }
    }
}
