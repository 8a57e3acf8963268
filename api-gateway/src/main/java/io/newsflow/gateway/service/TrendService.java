package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsflow.gateway.service.TrendScorer.Counts;
import io.newsflow.gateway.service.TrendScorer.Trend;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Entities rising in a time window against a baseline: one search, two filter aggregations (window and baseline)
 * on the articles' entity keys ({@link EntityKeyTerms}), scored by {@link TrendScorer}.
 */
@ApplicationScoped
public class TrendService {

    /** The trends answer: the periods compared and the rising entities. */
    public record Trends(Instant windowStart, Instant end, Instant baselineStart, List<Trend> entities) {
    }

    static final int CANDIDATES = 500;

    private final ElasticsearchAsyncClient client;

    public TrendService(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Uni<Trends> rising(Instant end, Duration window, Duration baseline, List<String> types, long minCount, int limit) {
        Instant windowStart = end.minus(window);
        Instant baselineStart = windowStart.minus(baseline);
        List<String> upperTypes = types.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList();
        return Elastic.call(() -> client.search(s -> s
                        .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .size(0)
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(false)))
                                .filter(f -> f.range(r -> r.date(d -> d.field(ArticleIndex.PUBLISHED)
                                        .gte(baselineStart.toString()).lt(end.toString()))))))
                        .aggregations("recent", period(windowStart, end, upperTypes))
                        .aggregations("baseline", period(baselineStart, windowStart, upperTypes)), Map.class))
                .map(r -> {
                    SearchResponse<Map> response = (SearchResponse<Map>) r;
                    Map<String, Counts> counts = new LinkedHashMap<>();
                    collect(response.aggregations().get("recent"), counts, true);
                    collect(response.aggregations().get("baseline"), counts, false);
                    return new Trends(windowStart, end, baselineStart, TrendScorer.rising(counts, window, baseline, minCount, limit));
                })
                .onFailure(Elastic::indexMissing).recoverWithItem(new Trends(windowStart, end, baselineStart, List.of()));
    }

    private static Aggregation period(Instant from, Instant to, List<String> types) {
        return Aggregation.of(a -> a
                .filter(f -> f.range(r -> r.date(d -> d.field(ArticleIndex.PUBLISHED).gte(from.toString()).lt(to.toString()))))
                .aggregations("entities", EntityKeyTerms.top(types, CANDIDATES)));
    }

    private static void collect(Aggregate period, Map<String, Counts> counts, boolean recent) {
        if (period == null) {
            return;
        }
        for (EntityKeyTerms.Counted c : EntityKeyTerms.read(period.filter().aggregations().get("entities"))) {
            String id = c.entity().id();
            Counts old = counts.get(id);
            if (old == null) {
                counts.put(id, recent ? new Counts(id, c.entity().name(), c.entity().type(), c.articles(), 0)
                        : new Counts(id, c.entity().name(), c.entity().type(), 0, c.articles()));
            } else {
                counts.put(id, recent ? new Counts(id, old.name(), old.type(), c.articles(), old.baseline())
                        : new Counts(id, old.name(), old.type(), old.recent(), c.articles()));
            }
        }
    }
}
