package io.newsflow.index.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkChunksTest {

    private static EnrichedArticle article(int n, int bodyChars) {
        NormalisedArticle a = new NormalisedArticle("a-" + n, 1, Instant.EPOCH, Instant.EPOCH, PubStatus.USABLE, null, "en",
                "headline", "x".repeat(bodyChars), null, "s", "kafka", "json", null, null, null, null, null, false, null, null, null);
        return new EnrichedArticle(a, "en", List.of(), List.of(), Instant.EPOCH);
    }

    @Test
    void largeArticlesAreSplitIntoRequestsUnderTheByteLimitInOrder() {
        List<EnrichedArticle> articles = IntStream.range(0, 10).mapToObj(n -> article(n, 100_000)).toList();

        List<List<EnrichedArticle>> chunks = BulkChunks.split(articles, 1_000_000);

        assertThat(chunks).hasSizeGreaterThan(1);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.stream().mapToLong(BulkChunks::estimatedBytes).sum()).isLessThanOrEqualTo(1_000_000));
        assertThat(chunks.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(articles);
    }

    @Test
    void anArticleLargerThanTheLimitStillGoesAloneRatherThanBeingLost() {
        List<List<EnrichedArticle>> chunks = BulkChunks.split(List.of(article(1, 10), article(2, 5_000_000), article(3, 10)), 1_000_000);

        assertThat(chunks).extracting(List::size).containsExactly(1, 1, 1);
    }
}
