package io.newsflow.launcher.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.EventIndex;
import io.newsflow.search.mapping.ArticleDocument;
import io.newsflow.search.mapping.EventDocument;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick of the indexing benchmarks: the same final documents (articles and their events) written straight
 * to Elasticsearch by a plain client, in bulk requests of 500 articles, into scratch indices with the same
 * mappings, which are deleted afterwards.
 */
public final class DirectBulk {

    private static final int BATCH = 500;

    private DirectBulk() {
    }

    /** Articles per second Elasticsearch alone took for {@code articles}. */
    public static double articlesPerSecond(ElasticsearchClient es, List<EnrichedArticle> articles) throws IOException {
        String stamp = Long.toString(System.currentTimeMillis());
        String articleIndex = "bench-articles-" + stamp;
        String eventIndex = "bench-events-" + stamp;
        es.indices().create(c -> c.index(articleIndex).withJson(new StringReader(ArticleIndex.mappingJson())));
        es.indices().create(c -> c.index(eventIndex).withJson(new StringReader(EventIndex.mappingJson())));
        try {
            long started = System.nanoTime();
            for (int from = 0; from < articles.size(); from += BATCH) {
                List<BulkOperation> operations = new ArrayList<>();
                Instant now = Instant.now();
                for (EnrichedArticle article : articles.subList(from, Math.min(articles.size(), from + BATCH))) {
                    long version = article.article().version();
                    operations.add(BulkOperation.of(op -> op.index(i -> i.index(articleIndex).id(article.article().id())
                            .version(version).versionType(VersionType.ExternalGte).document(ArticleDocument.of(article, now)))));
                    for (int n = 0; n < article.events().size(); n++) {
                        int event = n;
                        operations.add(BulkOperation.of(op -> op.index(i -> i.index(eventIndex)
                                .id(EventIndex.eventId(article.article().id(), event))
                                .version(version).versionType(VersionType.ExternalGte).document(EventDocument.of(article, event)))));
                    }
                }
                BulkResponse response = es.bulk(b -> b.operations(operations));
                if (response.errors()) {
                    throw new IllegalStateException("direct bulk refused documents: " + response.items().stream()
                            .filter(item -> item.error() != null).findFirst().map(item -> item.error().reason()).orElse("?"));
                }
            }
            es.indices().refresh(r -> r.index(articleIndex, eventIndex));
            return articles.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            es.indices().delete(d -> d.index(articleIndex, eventIndex));
        }
    }
}
