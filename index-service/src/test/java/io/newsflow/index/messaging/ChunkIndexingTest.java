package io.newsflow.index.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.index.service.IndexOutcome;
import io.newsflow.index.service.ItemResult;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A bulk refused as a whole is taken apart so that its culprit alone is refused and the others go in. */
class ChunkIndexingTest {

    /** index-service's default longest pause between two tries. */
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(15);

    private static EnrichedArticle article(String id) {
        NormalisedArticle article = new NormalisedArticle(id, 1, Instant.EPOCH, Instant.EPOCH, PubStatus.USABLE, null,
                "en", "Ferry timetable", "Ferries run hourly.", null, "s", "kafka", "ninjs", null, null, null, null, null,
                false, null, null, null);
        return new EnrichedArticle(article, "en", List.of(), List.of(), Instant.EPOCH);
    }

    private static ElasticsearchException answer(int status, String type, String reason) {
        return new ElasticsearchException("bulk", ErrorResponse.of(r -> r.status(status).error(e -> e.type(type).reason(reason))));
    }

    @Test
    void aBulkRefusedAsAWholeIsWrittenOneByOneAndOnlyItsCulpritIsRefused() {
        AtomicInteger requests = new AtomicInteger();
        List<EnrichedArticle> chunk = List.of(article("ferry-1"), article("ferry-bad"), article("ferry-3"));

        List<ItemResult> results = ChunkIndexing.indexed(chunk, articles -> {
            requests.incrementAndGet();
            return articles.stream().anyMatch(a -> a.article().id().equals("ferry-bad"))
                    ? Uni.createFrom().failure(answer(400, "action_request_validation_exception", "Validation Failed: 1: id is too long"))
                    : Uni.createFrom().item(articles.stream().map(a -> new ItemResult(IndexOutcome.INDEXED, null)).toList());
        }, LONGEST_PAUSE).await().atMost(Duration.ofSeconds(5));

        assertThat(results).extracting(ItemResult::outcome)
                .containsExactly(IndexOutcome.INDEXED, IndexOutcome.REFUSED, IndexOutcome.INDEXED);
        assertThat(results.get(1).reason()).contains("action_request_validation_exception", "id is too long");
        assertThat(requests).hasValue(4);
    }

    @Test
    void aBulkThatFailedForLoadIsSentAgainWhole() {
        AtomicInteger requests = new AtomicInteger();
        List<EnrichedArticle> chunk = List.of(article("ferry-4"), article("ferry-5"));

        List<ItemResult> results = ChunkIndexing.indexed(chunk, articles -> Uni.createFrom().deferred(() ->
                        requests.incrementAndGet() == 1
                                ? Uni.createFrom().failure(answer(503, "unavailable_shards_exception", "primary shard is not active"))
                                : Uni.createFrom().item(articles.stream().map(a -> new ItemResult(IndexOutcome.INDEXED, null)).toList())),
                        LONGEST_PAUSE)
                .await().atMost(Duration.ofSeconds(5));

        assertThat(results).extracting(ItemResult::outcome).containsExactly(IndexOutcome.INDEXED, IndexOutcome.INDEXED);
        assertThat(requests).hasValue(2);
    }
}
