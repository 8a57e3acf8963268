package io.newsflow.gateway.stream;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.query.QueryNode.Term;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.service.ArticleSearch;
import io.newsflow.gateway.service.ArticleSearchService;
import io.newsflow.gateway.service.EntityLookup;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Newly indexed articles matching a search, as they become searchable. Each open stream polls Elasticsearch every
 * {@code newsflow.gateway.stream.poll-interval} for articles with {@code indexed_at} after its position (sorted by
 * indexed_at, id; search_after), reading only up to now minus {@code settle} so that an article stamped earlier
 * but made visible by a later refresh is not skipped.
 * <p>
 * Why poll Elasticsearch rather than consume {@code newsflow.articles.enriched}: the stream then shows exactly what
 * search shows (after index-service's versioning and kills), every gateway replica serves any client without a
 * consumer group per instance, and resuming from Last-Event-ID is a range query rather than a Kafka seek. The
 * cost is one small query per open stream per interval.
 */
@ApplicationScoped
public class ArticleStream {

    /** One article on the stream, with its position. */
    public record StreamedArticle(StreamPosition position, ArticleSearchService.ArticleSummary article) {
    }

    static final int BATCH = 100;

    private final ElasticsearchAsyncClient client;
    private final EntityLookup entities;
    private final GatewayConfig config;

    public ArticleStream(ElasticsearchAsyncClient client, EntityLookup entities, GatewayConfig config) {
        this.client = client;
        this.entities = entities;
        this.config = config;
    }

    public Multi<StreamedArticle> follow(ArticleSearch filter, StreamPosition start) {
        List<Term> names = filter.query() == null ? List.of() : QueryParser.positiveNameTerms(filter.query());
        return entities.lookup(names)
                .map(matches -> ArticleSearchService.filterQuery(filter, matches.idsByTerm()))
                .onItem().transformToMulti(query -> {
                    AtomicReference<StreamPosition> position = new AtomicReference<>(start);
                    return Multi.createFrom().ticks().every(config.stream().pollInterval())
                            .onOverflow().drop()
                            .onItem().transformToUniAndConcatenate(tick -> poll(query, position))
                            .onItem().transformToIterable(batch -> batch);
                });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Uni<List<StreamedArticle>> poll(Query filter, AtomicReference<StreamPosition> position) {
        StreamPosition from = position.get();
        String until = Instant.now().minus(config.stream().settle()).toString();
        return Uni.createFrom().completionStage(() -> client.search(s -> s
                        .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .query(q -> q.bool(b -> b
                                .filter(filter)
                                .filter(f -> f.range(r -> r.date(d -> d.field("indexed_at").lte(until))))))
                        .size(BATCH)
                        .sort(o -> o.field(f -> f.field("indexed_at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc)))
                        .searchAfter(FieldValue.of(from.indexedAtMillis()), FieldValue.of(from.articleId()))
                        .source(src -> src.filter(f -> f.excludes(ArticleSearchService.SUMMARY_EXCLUDES))), Map.class))
                .map(r -> {
                    List<StreamedArticle> out = new ArrayList<>();
                    for (Hit<Map> hit : ((SearchResponse<Map>) r).hits().hits()) {
                        StreamPosition p = new StreamPosition(hit.sort().get(0).longValue(), hit.sort().get(1).stringValue());
                        out.add(new StreamedArticle(p, ArticleSearchService.summary(hit.source(), null, null)));
                        position.set(p);
                    }
                    return out;
                })
                // A failed poll is retried at the next tick rather than ending the stream.
                .onFailure().recoverWithItem(List.of());
    }
}
