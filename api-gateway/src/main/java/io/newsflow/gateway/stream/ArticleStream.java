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
import io.newsflow.gateway.service.GatewayMetrics;
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
 * Newly indexed articles matching a search, as they become searchable, and the kills of articles (see
 * {@link ArticleSearchService#withKills}). Each open stream polls Elasticsearch every
 * {@code newsflow.gateway.stream.poll-interval} for articles with {@code indexed_at} after its position (sorted by
 * indexed_at, id; search_after), reading only up to now minus {@code settle} so that an article stamped earlier
 * but made visible by a later refresh is not skipped. An article that took longer than that to become searchable
 * is sent by a second, trailing read {@code late-window} behind now ({@link LateArrivals}), with the position of
 * the first read as its event id.
 * <p>
 * Why poll Elasticsearch rather than consume {@code newsflow.articles.enriched}: the stream then shows exactly what
 * search shows (after index-service's versioning and kills), every gateway replica serves any client without a
 * consumer group per instance, and resuming from Last-Event-ID is a range query rather than a Kafka seek. The
 * cost is one small query per open stream per interval. Open streams are gauged ({@link GatewayMetrics#streamClient}).
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
    private final GatewayMetrics metrics;

    public ArticleStream(ElasticsearchAsyncClient client, EntityLookup entities, GatewayConfig config, GatewayMetrics metrics) {
        this.client = client;
        this.entities = entities;
        this.config = config;
        this.metrics = metrics;
    }

    public Multi<StreamedArticle> follow(ArticleSearch filter, StreamPosition start) {
        List<Term> names = filter.query() == null ? List.of() : QueryParser.positiveNameTerms(filter.query());
        Multi<StreamedArticle> articles = entities.lookup(names)
                .map(matches -> ArticleSearchService.withKills(ArticleSearchService.filterQuery(filter, matches.idsByTerm()), filter))
                .onItem().transformToMulti(query -> {
                    AtomicReference<StreamPosition> position = new AtomicReference<>(start);
                    LateArrivals late = new LateArrivals(start);
                    return Multi.createFrom().ticks().every(config.stream().pollInterval())
                            .onOverflow().drop()
                            .onItem().transformToUniAndConcatenate(tick -> poll(query, position, late))
                            .onItem().transformToIterable(batch -> batch);
                });
        return metrics.streamClient(articles);
    }

    private Uni<List<StreamedArticle>> poll(Query filter, AtomicReference<StreamPosition> position, LateArrivals late) {
        Instant now = Instant.now();
        return read(filter, position.get(), now.minus(config.stream().settle()))
                .map(hits -> {
                    List<StreamedArticle> out = new ArrayList<>();
                    for (Hit<Map> hit : hits) {
                        StreamPosition p = StreamPosition.of(hit);
                        position.set(p);
                        late.sent(p);
                        out.add(new StreamedArticle(p, ArticleSearchService.summary(hit.source(), null, null)));
                    }
                    return out;
                })
                .chain(out -> read(filter, late.trailing(),
                                late.until(now.minus(config.stream().lateWindow()), position.get(), out.size() < BATCH))
                        .map(hits -> {
                            for (Hit<Map> hit : hits) {
                                if (late.late(StreamPosition.of(hit))) {
                                    out.add(new StreamedArticle(position.get(), ArticleSearchService.summary(hit.source(), null, null)));
                                }
                            }
                            return out;
                        })
                        .onFailure().recoverWithItem(out))
                // A failed poll is retried at the next tick rather than ending the stream.
                .onFailure().recoverWithItem(List.of());
    }

    /** Up to a batch of the articles matching {@code filter} after {@code from}, stamped at or before {@code until}. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Uni<List<Hit<Map>>> read(Query filter, StreamPosition from, Instant until) {
        if (until.toEpochMilli() <= from.indexedAtMillis()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.createFrom().completionStage(() -> client.search(s -> s
                        .index(ArticleIndex.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                        .query(q -> q.bool(b -> b
                                .filter(filter)
                                .filter(f -> f.range(r -> r.date(d -> d.field("indexed_at").lte(until.toString()))))))
                        .size(BATCH)
                        .sort(o -> o.field(f -> f.field("indexed_at").order(SortOrder.Asc)))
                        .sort(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc)))
                        .searchAfter(FieldValue.of(from.indexedAtMillis()), FieldValue.of(from.articleId()))
                        .source(src -> src.filter(f -> f.excludes(ArticleSearchService.SUMMARY_EXCLUDES))), Map.class))
                .map(r -> ((SearchResponse<Map>) r).hits().hits());
    }
}
