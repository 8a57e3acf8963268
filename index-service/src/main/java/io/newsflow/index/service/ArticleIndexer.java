package io.newsflow.index.service;

import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.search.mapping.ArticleDocument;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes enriched articles to their month indices ({@link ArticleRouter}) in bulk, with external versioning from
 * the article version so that a redelivered or late older version never replaces a newer one (which also lets the
 * bulk go as a few requests at once: {@link ConcurrentBulk}).
 * Writes go through the month's write alias with {@code require_alias}, so that a month dropped meanwhile is made
 * again properly rather than auto-created without its mapping. Answers per item; the events and entities of the
 * articles written follow in a second bulk ({@link CompanionIndexer}).
 */
@ApplicationScoped
public class ArticleIndexer {

    private final ConcurrentBulk bulk;
    private final IndexSetup setup;
    private final ArticleRouter router;
    private final MonthIndices months;
    private final CompanionIndexer companions;

    public ArticleIndexer(ConcurrentBulk bulk, IndexSetup setup, ArticleRouter router, MonthIndices months,
                          CompanionIndexer companions) {
        this.bulk = bulk;
        this.setup = setup;
        this.router = router;
        this.months = months;
        this.companions = companions;
    }

    /** Indexes the articles; the list of outcomes is in the order of the input. */
    public Uni<List<ItemResult>> index(List<EnrichedArticle> articles) {
        if (articles.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return setup.ensure()
                .chain(() -> router.targets(articles))
                .chain(targets -> bulk.send(routed(articles, targets), ArticleIndexer::operations).map(items -> results(items, targets)))
                .chain(results -> companions.index(written(articles, results))
                        .map(refused -> withCompanionRefusals(articles, results, refused)));
    }

    /** An article with the month aliases it is written to. */
    private record Routed(EnrichedArticle article, List<String> aliases) {
    }

    private static List<Routed> routed(List<EnrichedArticle> articles, List<List<String>> targets) {
        List<Routed> routed = new ArrayList<>(articles.size());
        for (int n = 0; n < articles.size(); n++) {
            routed.add(new Routed(articles.get(n), targets.get(n)));
        }
        return routed;
    }

    private static List<BulkOperation> operations(List<Routed> articles) {
        Instant now = Instant.now();
        List<BulkOperation> operations = new ArrayList<>();
        for (Routed routed : articles) {
            EnrichedArticle article = routed.article();
            Map<String, Object> document = ArticleDocument.of(article, now);
            for (String alias : routed.aliases()) {
                operations.add(BulkOperation.of(op -> op.index(i -> i
                        .index(alias)
                        .requireAlias(true)
                        .id(article.article().id())
                        .version(article.article().version())
                        .versionType(VersionType.ExternalGte)
                        .document(document))));
            }
        }
        return operations;
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

    /** One result per article: of its one item, or the most pressing of its items when it went to two months. */
    private List<ItemResult> results(List<BulkResponseItem> items, List<List<String>> targets) {
        List<ItemResult> results = new ArrayList<>(targets.size());
        int item = 0;
        for (List<String> target : targets) {
            ItemResult merged = result(items.get(item++));
            for (int k = 1; k < target.size(); k++) {
                ItemResult one = result(items.get(item++));
                merged = rank(one) > rank(merged) ? one : merged;
            }
            results.add(merged);
        }
        return results;
    }

    /** Sending again beats dead-lettering, which beats a write, which beats a stale copy. */
    private static int rank(ItemResult result) {
        return switch (result.outcome()) {
            case STALE -> 0;
            case INDEXED -> 1;
            case REFUSED -> 2;
            case RETRY -> 3;
        };
    }

    private ItemResult result(BulkResponseItem item) {
        if (item.error() == null) {
            return ItemResult.INDEXED;
        }
        String type = item.error().type();
        if ("index_not_found_exception".equals(type)) {
            // The month's alias went away (retention, or by hand): make it again before the item is sent again.
            months.forgetAll();
        }
        return classify(item.status(), type, type + ": " + item.error().reason());
    }

    /**
     * 409: a newer version is there. Sent again: overload (429, 502-504), a month alias gone (404 with
     * require_alias), and a write block, which a reindex sets while it copies the last writes and swaps the alias.
     */
    static ItemResult classify(int status, String type, String reason) {
        if (status == 409) {
            return new ItemResult(IndexOutcome.STALE, reason);
        }
        if (status == 429 || status == 502 || status == 503 || status == 504
                || "index_not_found_exception".equals(type) || "cluster_block_exception".equals(type)) {
            return new ItemResult(IndexOutcome.RETRY, reason);
        }
        return new ItemResult(IndexOutcome.REFUSED, reason);
    }
}
