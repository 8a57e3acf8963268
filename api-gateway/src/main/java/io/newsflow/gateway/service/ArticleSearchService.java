package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.analysis.TextAnalysis;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the articles index. The query text is analysed in Java by the same analysers index-service used, once
 * per language, and also matched against entity names in every script; user input only ever enters the query as
 * values of the client's typed builders, never as JSON text.
 */
@ApplicationScoped
public class ArticleSearchService {

    /** What the gateway shows of an article in a result list or on its own. */
    public record ArticleView(String id, long version, String headline, String body, String language, String source,
                              String published, boolean killed, List<Map<String, Object>> entities,
                              List<Map<String, Object>> events, Double score) {
    }

    /** One page of results and the total. */
    public record SearchPage(long total, List<ArticleView> items) {
    }

    private final ElasticsearchAsyncClient client;

    public ArticleSearchService(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    @SuppressWarnings("rawtypes")
    public Uni<SearchPage> search(ArticleQuery query) {
        Query built = build(query);
        return Uni.createFrom().completionStage(() -> client.search(s -> s
                        .index(ArticleIndex.ALIAS)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .query(built)
                        .from(query.offset())
                        .size(query.limit())
                        .trackTotalHits(t -> t.enabled(true))
                        .source(src -> src.filter(f -> f.excludes("text_*", "body"))), Map.class))
                .map(ArticleSearchService::page);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public Uni<Optional<ArticleView>> get(String id) {
        return Uni.createFrom().completionStage(() -> client.get(g -> g
                        .index(ArticleIndex.ALIAS)
                        .id(id)
                        .sourceExcludes("text_*"), Map.class))
                .map(response -> Optional.ofNullable(((GetResponse<Map>) response).source())
                        .map(source -> view(source, null)))
                .onFailure(ArticleSearchService::indexMissing).recoverWithItem(Optional.empty());
    }

    /** Before the first article is indexed there is no index yet: that is "not found", not an error. */
    private static boolean indexMissing(Throwable e) {
        return e instanceof ElasticsearchException es && "index_not_found_exception".equals(es.error().type());
    }

    private static Query build(ArticleQuery query) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (query.text() != null && !query.text().isBlank()) {
            String text = query.text();
            List<Query> should = new ArrayList<>();
            for (String language : TextAnalysis.LANGUAGES) {
                String analysed = TextAnalysis.analyse(language, text);
                if (!analysed.isBlank()) {
                    should.add(Query.of(q -> q.match(m -> m.field(ArticleIndex.TEXT_PREFIX + language).query(analysed).operator(Operator.And))));
                }
            }
            should.add(Query.of(q -> q.match(m -> m.field(ArticleIndex.TEXT_FALLBACK).query(text).operator(Operator.And))));
            should.add(Query.of(q -> q.match(m -> m.field(ArticleIndex.ENTITY_NAMES).query(text).operator(Operator.And).boost(2.0f))));
            bool.must(m -> m.bool(b -> b.should(should).minimumShouldMatch("1")));
        }
        if (!query.includeKilled()) {
            bool.filter(f -> f.term(t -> t.field(ArticleIndex.KILLED).value(false)));
        }
        terms(bool, ArticleIndex.LANGUAGE, query.languages());
        terms(bool, ArticleIndex.SOURCE, query.sources());
        terms(bool, ArticleIndex.ENTITY_IDS, query.entityIds());
        return Query.of(q -> q.bool(bool.build()));
    }

    private static void terms(BoolQuery.Builder bool, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchPage page(SearchResponse<Map> response) {
        List<ArticleView> items = new ArrayList<>();
        for (Hit<Map> hit : response.hits().hits()) {
            items.add(view(hit.source(), hit.score()));
        }
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new SearchPage(total, items);
    }

    @SuppressWarnings("unchecked")
    private static ArticleView view(Map<String, Object> source, Double score) {
        return new ArticleView(
                (String) source.get(ArticleIndex.ID),
                ((Number) source.getOrDefault(ArticleIndex.VERSION, 0)).longValue(),
                (String) source.get(ArticleIndex.HEADLINE),
                (String) source.get(ArticleIndex.BODY),
                (String) source.get(ArticleIndex.LANGUAGE),
                (String) source.get(ArticleIndex.SOURCE),
                source.get(ArticleIndex.PUBLISHED) == null ? null : source.get(ArticleIndex.PUBLISHED).toString(),
                Boolean.TRUE.equals(source.get(ArticleIndex.KILLED)),
                (List<Map<String, Object>>) source.getOrDefault("entities", List.of()),
                (List<Map<String, Object>>) source.getOrDefault("events", List.of()),
                score);
    }
}
