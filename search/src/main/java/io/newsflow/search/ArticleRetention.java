package io.newsflow.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ExpandWildcard;
import java.io.IOException;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/**
 * Drops the articles of old months: every month index (current or left behind by a reindex) whose month is before
 * a cutoff is deleted whole, which is cheap, unlike deleting documents. Used by index-service's retention setting
 * and by tests.
 */
public final class ArticleRetention {

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
            es.indices().delete(d -> d.index(expired));
        }
        return expired;
    }
}
