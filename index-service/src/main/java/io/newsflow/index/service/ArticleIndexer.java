package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.search.mapping.ArticleDocument;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes enriched articles to the articles alias in one bulk request, with external versioning from the article
 * version so that a redelivered or late older version never replaces a newer one. Answers per item; the events
 * and entities of the articles written follow in a second request ({@link CompanionIndexer}).
 */
@ApplicationScoped
public class ArticleIndexer {

    private final ElasticsearchAsyncClient client;
    private final IndexSetup setup;
    private final CompanionIndexer companions;

    public ArticleIndexer(ElasticsearchAsyncClient client, IndexSetup setup, CompanionIndexer companions) {
        this.client = client;
        this.setup = setup;
        this.companions = companions;
    }

    /** Indexes the articles; the list of outcomes is in the order of the input. */
    public Uni<List<ItemResult>> index(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return setup.ensure()
                .chain(() -> Uni.createFrom().completionStage(() -> client.bulk(request(articles))))
                .map(ArticleIndexer::results)
                .chain(results -> companions.index(written(articles, results))
                        .map(refused -> withCompanionRefusals(articles, results, refused)));
    }

    /** A new request on every call: a retried Uni subscribes again, and a request builder serves only once. */
    private static BulkRequest request(List<EnrichedArticle> articles) {
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
        return bulk.build();
    }

    /** The articles Elasticsearch took: their events and entities follow them. */
    private static List<EnrichedArticle> written(List<EnrichedArticle> articles, List<ItemResult> results) {
        List<EnrichedArticle> written = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (results.get(i).outcome() == IndexOutcome.INDEXED) {
                written.add(articles.get(i));
            }
        }
        return written;
    }

    /** An article whose events or entities were refused is dead-lettered too, so that nobody misses it. */
    private static List<ItemResult> withCompanionRefusals(List<EnrichedArticle> articles, List<ItemResult> results,
                                                          Map<String, String> refused) {
        if (refused.isEmpty()) {
            return results;
        }
        List<ItemResult> merged = new ArrayList<>(results);
        for (int i = 0; i < articles.size(); i++) {
            String reason = refused.get(articles.get(i).article().id());
            if (reason != null) {
                merged.set(i, new ItemResult(IndexOutcome.REFUSED, "article indexed, but " + reason));
            }
        }
        return merged;
    }

    private static List<ItemResult> results(BulkResponse response) {
        List<ItemResult> results = new ArrayList<>(response.items().size());
        for (BulkResponseItem item : response.items()) {
            results.add(result(item));
        }
        return results;
    }

    private static ItemResult result(BulkResponseItem item) {
        if (item.error() == null) {
            return ItemResult.INDEXED;
        }
        String reason = item.error().type() + ": " + item.error().reason();
        return switch (item.status()) {
            case 409 -> new ItemResult(IndexOutcome.STALE, reason);
            case 429, 502, 503, 504 -> new ItemResult(IndexOutcome.RETRY, reason);
            default -> new ItemResult(IndexOutcome.REFUSED, reason);
        };
    }
}
