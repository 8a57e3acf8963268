package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.index.mapping.ArticleDocument;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes enriched articles to the articles alias in one bulk request, with external versioning from the article
 * version so that a redelivered or late older version never replaces a newer one. Answers per item.
 */
@ApplicationScoped
public class ArticleIndexer {

    private final ElasticsearchAsyncClient client;
    private volatile boolean indexReady;

    public ArticleIndexer(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    /** Indexes the articles; the list of outcomes is in the order of the input. */
    public Uni<List<IndexOutcome>> index(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Instant now = Instant.now();
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (EnrichedArticle article : articles) {
            bulk.operations(op -> op.index(i -> i
                    .index(ArticleIndex.ALIAS)
                    .id(article.article().id())
                    .version(article.article().version())
                    .versionType(VersionType.ExternalGte)
                    .document(ArticleDocument.of(article, now))));
        }
        return ensureIndex()
                .chain(() -> Uni.createFrom().completionStage(() -> client.bulk(bulk.build())))
                .map(ArticleIndexer::outcomes);
    }

    private static List<IndexOutcome> outcomes(BulkResponse response) {
        List<IndexOutcome> outcomes = new ArrayList<>(response.items().size());
        for (BulkResponseItem item : response.items()) {
            outcomes.add(outcome(item));
        }
        return outcomes;
    }

    private static IndexOutcome outcome(BulkResponseItem item) {
        if (item.error() == null) {
            return IndexOutcome.INDEXED;
        }
        return switch (item.status()) {
            case 409 -> IndexOutcome.STALE;
            case 429, 502, 503, 504 -> IndexOutcome.RETRY;
            default -> IndexOutcome.REFUSED;
        };
    }

    /** The error Elasticsearch gave for a refused item, for the dead-letter reason. */
    public static String reason(BulkResponseItem item) {
        return item.error() == null ? "" : item.error().type() + ": " + item.error().reason();
    }

    /** Creates the first versioned index behind the alias, from the mapping resource, if the alias is missing. */
    Uni<Void> ensureIndex() {
        if (indexReady) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(() -> client.indices().existsAlias(a -> a.name(ArticleIndex.ALIAS)))
                .chain(exists -> exists.value()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().completionStage(() -> client.indices().create(c -> c
                                .index(ArticleIndex.indexName(ArticleIndex.MAPPING_VERSION))
                                .withJson(new StringReader(ArticleIndex.mappingJson()))
                                .aliases(ArticleIndex.ALIAS, alias -> alias.isWriteIndex(true))))
                        .onFailure(e -> e.getMessage() != null && e.getMessage().contains("resource_already_exists"))
                        .recoverWithNull()
                        .replaceWithVoid())
                .invoke(() -> indexReady = true);
    }
}
