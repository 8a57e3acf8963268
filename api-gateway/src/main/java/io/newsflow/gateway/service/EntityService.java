package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.EntityIndex;
import io.newsflow.search.analysis.NameNormaliser;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Entities: autocomplete on names in any script (normalised exact and prefix on {@code names_norm}, word prefixes
 * on {@code names}), and one entity's page: its names, a mention timeline and co-mentioned entities (aggregations
 * on the articles index, so counts are exact) and its latest articles.
 */
@ApplicationScoped
public class EntityService {

    private static final int CO_MENTIONS = 10;

    /** An entity in a list. */
    public record EntitySummary(String id, String name, String type, List<String> names, String country, boolean linked,
                                String lastSeen) {
    }

    /** A bucket of a timeline. */
    public record TimelinePoint(String date, long count) {
    }

    /** An entity named in the same articles, and in how many. */
    public record CoMention(String id, String name, String type, long articles) {
    }

    /** One entity's page. */
    public record EntityDetail(String id, String name, String type, List<String> names, String country, boolean linked,
                               Object location, String firstSeen, String lastSeen, long articles,
                               List<TimelinePoint> timeline, List<CoMention> coMentioned,
                               List<ArticleSearchService.ArticleSummary> recentArticles) {
    }

    private final ElasticsearchAsyncClient client;

    public EntityService(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    @SuppressWarnings("unchecked")
    public Uni<List<EntitySummary>> autocomplete(String text, List<String> types, int limit) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (text != null) {
            String norm = NameNormaliser.normalise(text);
            bool.should(s -> s.term(t -> t.field("names_norm").value(norm).boost(5.0f)));
            bool.should(s -> s.prefix(p -> p.field("names_norm").value(norm).boost(2.0f)));
            bool.should(s -> s.matchBoolPrefix(m -> m.field("names").query(text).operator(Operator.And)));
            bool.minimumShouldMatch("1");
        }
        if (!types.isEmpty()) {
            Elastic.terms(bool, "type", types.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList());
        }
        return Elastic.search(client, s -> {
                    s.index(EntityIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                            .query(q -> q.bool(bool.build()))
                            .size(limit);
                    if (text == null) {
                        s.sort(o -> o.field(f -> f.field("last_seen").order(SortOrder.Desc)));
                    }
                    return s;
                })
                .map(response -> {
                    List<EntitySummary> out = new ArrayList<>();
                    for (SearchResult.Hit hit : response.hits()) {
                        Map<String, Object> e = hit.source();
                        out.add(new EntitySummary(hit.id(), Elastic.string(e, "name"), Elastic.string(e, "type"),
                                (List<String>) e.getOrDefault("names", List.of()), Elastic.string(e, "country"),
                                Boolean.TRUE.equals(e.get("linked")), Elastic.string(e, "last_seen")));
                    }
                    return out;
                })
                .onFailure(Elastic::indexMissing).recoverWithItem(List.of());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Uni<Optional<EntityDetail>> detail(String id, String interval, int recent) {
        Uni<Map<String, Object>> entity = Elastic.call(() -> client.get(g -> g.index(EntityIndex.ALIAS).id(id), Map.class))
                .map(r -> (Map<String, Object>) ((GetResponse<Map>) r).source())
                .onFailure(Elastic::indexMissing).recoverWithNull();
        Uni<SearchResult> articles = Elastic.search(client, s -> s
                        .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .query(q -> q.bool(b -> b
                                .filter(f -> f.term(t -> t.field(ArticleIndex.ENTITY_IDS).value(id)))
                                .filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(false)))))
                        .size(recent)
                        .sort(o -> o.field(f -> f.field(ArticleIndex.PUBLISHED).order(SortOrder.Desc)))
                        .source(src -> src.filter(f -> f.excludes(ArticleSearchService.SUMMARY_EXCLUDES)))
                        .aggregations("timeline", a -> a.dateHistogram(d -> d
                                .field(ArticleIndex.PUBLISHED)
                                .calendarInterval(ArticleSearchService.calendarInterval(interval))
                                .minDocCount(1)))
                        // The entity itself is among the keys of its articles: one more than shown.
                        .aggregations("co", EntityKeyTerms.top(List.of(), CO_MENTIONS + 1)));
        return Uni.combine().all().unis(entity, articles).asTuple()
                .map(both -> build(id, both.getItem1(), both.getItem2()));
    }

    @SuppressWarnings("unchecked")
    private static Optional<EntityDetail> build(String id, Map<String, Object> entity, SearchResult articles) {
        long count = articles.total() == null ? 0 : articles.total();
        if (entity == null && count == 0) {
            return Optional.empty();
        }
        List<TimelinePoint> timeline = new ArrayList<>();
        for (SearchResult.Bucket b : articles.buckets("timeline")) {
            timeline.add(new TimelinePoint(b.keyAsString() != null ? b.keyAsString() : Instant.ofEpochMilli(b.keyNumber()).toString(), b.docCount()));
        }
        List<CoMention> co = new ArrayList<>();
        EntityKeyTerms.read(articles.buckets("co")).stream()
                .filter(c -> !c.entity().id().equals(id))
                .limit(CO_MENTIONS)
                .forEach(c -> co.add(new CoMention(c.entity().id(), c.entity().name(), c.entity().type(), c.articles())));
        List<ArticleSearchService.ArticleSummary> recent = new ArrayList<>();
        for (SearchResult.Hit hit : articles.hits()) {
            recent.add(ArticleSearchService.summary(hit.source(), null, null));
        }
        Map<String, Object> e = entity == null ? new LinkedHashMap<>() : entity;
        return Optional.of(new EntityDetail(id, Elastic.string(e, "name"), Elastic.string(e, "type"),
                (List<String>) e.getOrDefault("names", List.of()), Elastic.string(e, "country"),
                Boolean.TRUE.equals(e.get("linked")), e.get("location"), Elastic.string(e, "first_seen"),
                Elastic.string(e, "last_seen"), count, timeline, co, recent));
    }
}
