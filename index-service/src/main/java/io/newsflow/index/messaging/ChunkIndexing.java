package io.newsflow.index.messaging;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.index.service.IndexOutcome;
import io.newsflow.index.service.ItemResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Indexes a bulk chunk, sending it again while Elasticsearch is unreachable or busy. A request refused as a whole
 * would be refused again for ever (400: Elasticsearch validates every operation of a bulk before it writes any, so
 * one bad item fails them all; 413: too large): the chunk is then written one article per request, so that the
 * culprit alone comes back refused, with Elasticsearch's reason, and the others go in.
 */
final class ChunkIndexing {

    private static final Logger LOG = Logger.getLogger(ChunkIndexing.class);

    private ChunkIndexing() {
    }

    /**
     * The outcome of each article, in order; {@code index} writes articles and answers per article. A chunk sent
     * again waits up to {@code longestPause} between two tries.
     */
    static Uni<List<ItemResult>> indexed(List<EnrichedArticle> articles,
                                         Function<List<EnrichedArticle>, Uni<List<ItemResult>>> index,
                                         Duration longestPause) {
        return index.apply(articles)
                .onFailure(e -> !refusedWhole(e)).invoke(e -> LOG.warnf("bulk of %d failed, retrying: %s", articles.size(), e.getMessage()))
                .onFailure(e -> !refusedWhole(e)).retry().withBackOff(Duration.ofMillis(500), longestPause).indefinitely()
                .onFailure().recoverWithUni(e -> articles.size() == 1
                        ? Uni.createFrom().item(List.of(new ItemResult(IndexOutcome.REFUSED, "request refused: " + e.getMessage())))
                        : oneByOne(articles, index, longestPause, e));
    }

    private static Uni<List<ItemResult>> oneByOne(List<EnrichedArticle> articles,
                                                  Function<List<EnrichedArticle>, Uni<List<ItemResult>>> index,
                                                  Duration longestPause, Throwable refusal) {
        LOG.warnf("bulk of %d refused as a whole, writing its articles one by one: %s", articles.size(), refusal.getMessage());
        return Multi.createFrom().iterable(articles)
                .onItem().transformToUniAndConcatenate(article -> indexed(List.of(article), index, longestPause))
                .collect().asList()
                .map(results -> results.stream().flatMap(List::stream).toList());
    }

    static boolean refusedWhole(Throwable e) {
        return e instanceof ElasticsearchException es && (es.status() == 400 || es.status() == 413);
    }
}
