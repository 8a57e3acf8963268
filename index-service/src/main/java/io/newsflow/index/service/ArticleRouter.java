package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each article of a batch is written: the write alias of its month. The month is that of the article's
 * first creation, which is the same for all its versions, so that external versioning meets every older version
 * in the same index. Feeds do not always keep {@code firstcreated} across versions (without it ingest-service
 * takes the version's date), so an article that may already be indexed is first looked up through the read alias
 * and written where it already lives (everywhere, should an older copy sit in two months). A first sight
 * ({@link FirstSight}) needs no look-up.
 */
@ApplicationScoped
public class ArticleRouter {

    private final ElasticsearchAsyncClient client;
    private final MonthIndices months;

    public ArticleRouter(ElasticsearchAsyncClient client, MonthIndices months) {
        this.client = client;
        this.months = months;
    }

    /** Per article, in the order of the input, the month write aliases to write it to (at least one). */
    public Uni<List<List<String>>> targets(List<EnrichedArticle> articles) {
        List<String> lookedUp = articles.stream().map(EnrichedArticle::article)
                .filter(a -> !FirstSight.is(a)).map(NormalisedArticle::id).distinct().toList();
        return locations(lookedUp)
                .chain(found -> {
                    List<Set<YearMonth>> byArticle = new ArrayList<>(articles.size());
                    Set<YearMonth> all = new LinkedHashSet<>();
                    for (EnrichedArticle enriched : articles) {
                        Set<YearMonth> at = found.getOrDefault(enriched.article().id(), Set.of());
                        Set<YearMonth> target = at.isEmpty() ? Set.of(ownMonth(enriched.article())) : at;
                        byArticle.add(target);
                        all.addAll(target);
                    }
                    return months.ensure(all)
                            .replaceWith(() -> byArticle.stream()
                                    .map(target -> target.stream().map(ArticleIndex::monthAlias).toList())
                                    .toList());
                });
    }

    static YearMonth ownMonth(NormalisedArticle a) {
        return ArticleIndex.month(a.firstCreated(), a.versionCreated(), a.receivedAt());
    }

    /**
     * The months each of {@code ids} is indexed under now (indices that are not month indices are ignored). The read
     * alias is refreshed first: a search sees only what the last refresh made visible, and a version written a
     * moment ago (the poll before) must be found where it lives rather than start a second copy in another month.
     */
    private Uni<Map<String, Set<YearMonth>>> locations(List<String> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Uni.createFrom().completionStage(() -> client.indices().refresh(r -> r.index(ArticleIndex.ALIAS)
                        .ignoreUnavailable(true).allowNoIndices(true)))
                .chain(() -> Uni.createFrom().completionStage(() -> client.search(s -> s
                        .index(ArticleIndex.ALIAS)
                        .ignoreUnavailable(true)
                        .allowNoIndices(true)
                        .size(2 * ids.size())
                        .source(src -> src.fetch(false))
                        .query(q -> q.ids(i -> i.values(ids))), Void.class)))
                .map(response -> {
                    Map<String, Set<YearMonth>> found = new HashMap<>();
                    for (Hit<Void> hit : response.hits().hits()) {
                        ArticleIndex.monthOfIndex(hit.index()).ifPresent(month ->
                                found.computeIfAbsent(hit.id(), k -> new LinkedHashSet<>()).add(month));
                    }
                    return found;
                });
    }
}
