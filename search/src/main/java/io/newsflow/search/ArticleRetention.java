package io.newsflow.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Drops the articles of old months: every month index (current or left behind by a reindex) whose month is before
 * a cutoff is deleted whole, which is cheap, unlike deleting documents. The events of its articles go first: the
 * events index is not by month, and the local Elasticsearch has no delete-by-query, so they are found by article
 * id, page by page, and deleted in bulk. Should that stop half way, the index is still there and the next round
 * does it again. An article of the month updated meanwhile may leave its new events behind (the article itself is
 * gone with its index). Used by index-service's retention setting and by tests.
 */
public final class ArticleRetention {

    private static final int PAGE = 1_000;

    private ArticleRetention() {
    }

    /** The month indices among {@code indices} whose month is before {@code cutoff}. */
    public static List<String> expired(Collection<String> indices, YearMonth cutoff) {
        return indices.stream()
                .filter(index -> ArticleIndex.monthOfIndex(index).map(month -> month.isBefore(cutoff)).orElse(false))
                .sorted()
                .toList();
    }

    /** Deletes the month indices before {@code cutoff}; answers their names. */
    public static List<String> dropBefore(ElasticsearchClient es, YearMonth cutoff) throws IOException {
        Collection<String> indices = es.indices().get(g -> g
                        .index(ArticleIndex.ALIAS + "-v*")
                        .expandWildcards(ExpandWildcard.Open, ExpandWildcard.Closed)
                        .allowNoIndices(true))
                .result().keySet();
        List<String> expired = expired(indices, cutoff);
        if (!expired.isEmpty()) {
            for (String index : expired) {
                dropEventsOf(es, index);
            }
            es.indices().delete(d -> d.index(expired));
        }
        return expired;
    }

    /** Deletes the events of every article in a month index. */
    private static void dropEventsOf(ElasticsearchClient es, String index) throws IOException {
        List<FieldValue> after = null;
        List<String> articleIds;
        do {
            List<FieldValue> from = after;
            SearchResponse<Void> page = es.search(s -> after(from, s
                    .index(index)
                    .size(PAGE)
                    .source(src -> src.fetch(false))
                    .sort(o -> o.field(f -> f.field(ArticleIndex.ID).order(SortOrder.Asc)))), Void.class);
            articleIds = page.hits().hits().stream().map(Hit::id).toList();
            if (!articleIds.isEmpty()) {
                after = page.hits().hits().get(articleIds.size() - 1).sort();
                dropEvents(es, articleIds);
            }
        } while (articleIds.size() == PAGE);
    }

    private static void dropEvents(ElasticsearchClient es, List<String> articleIds) throws IOException {
        List<FieldValue> ids = articleIds.stream().map(FieldValue::of).toList();
        List<FieldValue> after = null;
        List<String> eventIds;
        do {
            List<FieldValue> from = after;
            SearchResponse<Void> page = es.search(s -> after(from, s
                    .index(EventIndex.ALIAS)
                    .ignoreUnavailable(true)
                    .size(PAGE)
                    .source(src -> src.fetch(false))
                    .query(q -> q.terms(t -> t.field("article_id").terms(v -> v.value(ids))))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)))), Void.class);
            eventIds = page.hits().hits().stream().map(Hit::id).toList();
            if (!eventIds.isEmpty()) {
                after = page.hits().hits().get(eventIds.size() - 1).sort();
                List<String> gone = eventIds;
                BulkResponse deleted = es.bulk(b -> {
                    gone.forEach(id -> b.operations(op -> op.delete(d -> d.index(EventIndex.ALIAS).id(id))));
                    return b;
                });
                deleted.items().stream().filter(item -> item.error() != null && item.status() != 404).findFirst().ifPresent(item -> {
                    throw new IllegalStateException("event " + item.id() + " not deleted: " + item.error().reason());
                });
            }
        } while (eventIds.size() == PAGE);
    }

    /** The next page of a search_after walk; the first page has nothing to start after. */
    private static SearchRequest.Builder after(List<FieldValue> from, SearchRequest.Builder search) {
        return from == null ? search : search.searchAfter(from);
    }
}
