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
 * to Elasticsearch by a plain client, in bulk requests of 500 articles, into a pair of scratch indices with the same
 * mappings, which is deleted on {@link #close}. Every write of one instance goes to the same pair, so that the
 * scratch indices grow over a run as the service's do.
 */
public final class DirectBulk implements AutoCloseable {

    private static final int BATCH = 500;

    private final ElasticsearchClient es;
    private final String articleIndex;
    private final String eventIndex;

    public DirectBulk(ElasticsearchClient es) throws IOException {
        String stamp = Long.toString(System.currentTimeMillis());
        this.es = es;
        this.articleIndex = "bench-articles-" + stamp;
        this.eventIndex = "bench-events-" + stamp;
        es.indices().create(c -> c.index(articleIndex).withJson(new StringReader(ArticleIndex.mappingJson())));
        es.indices().create(c -> c.index(eventIndex).withJson(new StringReader(EventIndex.mappingJson())));
    }

    /** Articles per second Elasticsearch alone took for {@code articles}, in scratch indices of their own. */
    public static double articlesPerSecond(ElasticsearchClient es, List<EnrichedArticle> articles) throws IOException {
        try (DirectBulk direct = new DirectBulk(es)) {
            return direct.write(articles);
        }
    }

    /** Writes {@code articles} (until refreshed) and answers how many a second Elasticsearch took. */
    public double write(List<EnrichedArticle> articles) throws IOException {
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
    }

    @Override
    public void close() throws IOException {
        es.indices().delete(d -> d.index(articleIndex, eventIndex));
    }
}
