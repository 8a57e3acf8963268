package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.newsflow.search.ArticleIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Makes the index of a month when its first article comes: {@code newsflow-articles-v<N>-<yyyy.MM>} from the
 * current mapping resource, behind the read alias and the month's write alias. Created here rather than by an
 * index template, because a template cannot name the write alias after the month. Remembers the months seen;
 * a month whose alias went away (dropped by retention) is forgotten and made again at its next article.
 */
@ApplicationScoped
public class MonthIndices {

    private final ElasticsearchAsyncClient client;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    public MonthIndices(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    public Uni<Void> ensure(Collection<YearMonth> months) {
        List<Uni<Void>> missing = months.stream().distinct().filter(month -> !known.contains(month)).map(this::ensure).toList();
        if (missing.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(missing).andFailFast().replaceWithVoid();
    }

    /** Forgets every month, so that the next writes check their aliases again. */
    public void forgetAll() {
        known.clear();
    }

    private Uni<Void> ensure(YearMonth month) {
        String alias = ArticleIndex.monthAlias(month);
        return Uni.createFrom().completionStage(() -> client.indices().existsAlias(a -> a.name(alias)))
                .chain(exists -> exists.value() ? addMissingFields(alias) : create(month))
                .invoke(() -> known.add(month));
    }

    /**
     * A month index made under an older mapping version gets the fields the current mapping added, so that current
     * documents go in (its strict mapping would refuse them); {@code ./newsflow reindex articles} rebuilds it whole.
     */
    private Uni<Void> addMissingFields(String alias) {
        return Uni.createFrom().completionStage(() -> client.indices().getMapping(g -> g.index(alias)))
                .map(response -> response.result().values().stream()
                        .flatMap(index -> index.mappings().properties().keySet().stream())
                        .collect(Collectors.toSet()))
                .chain(present -> ArticleIndex.missingFields(present)
                        .map(body -> Uni.createFrom().completionStage(() -> client.indices().putMapping(p -> p
                                        .index(alias)
                                        .withJson(new StringReader(body))))
                                .replaceWithVoid())
                        .orElse(Uni.createFrom().voidItem()));
    }

    /**
     * Creates the month's index with its write alias, and joins it to the read alias only once created: create
     * returns when the primary shard is active, so searches through the read alias never meet a shard that is
     * still starting (Elasticsearch answers those with 503).
     */
    private Uni<Void> create(YearMonth month) {
        String index = ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, month);
        return Uni.createFrom().completionStage(() -> client.indices().create(c -> c
                        .index(index)
                        .withJson(new StringReader(ArticleIndex.mappingJson()))
                        .aliases(ArticleIndex.monthAlias(month), a -> a.isWriteIndex(true))))
                .onFailure(IndexSetup::alreadyExists).recoverWithNull()
                .chain(() -> Uni.createFrom().completionStage(() -> client.indices().putAlias(a -> a
                        .index(index)
                        .name(ArticleIndex.ALIAS))))
                .replaceWithVoid();
    }
}
