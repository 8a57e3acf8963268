package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.dedup.StoryPairs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryClustersTest {

    private final StoryClusters clusters = new StoryClusters(TestConfigs.of(5_242_880, Duration.ofSeconds(20)));

    private static NormalisedArticle article(String id, String language, String headline, String body) {
        return new NormalisedArticle(id, 1, Instant.EPOCH, Instant.EPOCH, PubStatus.USABLE, null, language, headline, body,
                null, null, null, "json", List.of(), List.of(), List.of(), null, List.of(), false, null, null, null);
    }

    private static NormalisedArticle story(String id, String language, String text) {
        String[] parts = text.split("\n", 2);
        return article(id, language, parts[0], parts[1]);
    }

    @Test
    void rewriteOfTheSameStoryJoinsTheFirstArticlesCluster() {
        StoryClusters.Assignment first = clusters.assign(story("afp-1", "en", StoryPairs.EN_STORY));
        StoryClusters.Assignment unrelated = clusters.assign(story("afp-2", "en", StoryPairs.EN_UNRELATED));
        StoryClusters.Assignment rewrite = clusters.assign(story("ap-7", "en-US", StoryPairs.EN_REWRITE));

        assertThat(first.clusterId()).isEqualTo("afp-1");
        assertThat(first.signature()).hasSize(4);
        assertThat(unrelated.clusterId()).isEqualTo("afp-2");
        assertThat(rewrite.clusterId()).isEqualTo("afp-1");
    }

    @Test
    void storiesInAnotherLanguageAreNotCompared() {
        clusters.assign(story("ar-1", "ar", StoryPairs.AR_STORY));
        assertThat(clusters.assign(story("ar-2", "fr", StoryPairs.AR_REWRITE)).clusterId()).isEqualTo("ar-2");
        assertThat(clusters.assign(story("ar-3", "ar", StoryPairs.AR_REWRITE)).clusterId()).isEqualTo("ar-1");
    }

    @Test
    void anUpdatedArticleKeepsItsClusterAndAttractsRewritesOfItsNewText() {
        clusters.assign(story("fr-1", "fr", StoryPairs.FR_UNRELATED));
        StoryClusters.Assignment kept = clusters.keep(story("fr-1", "fr", StoryPairs.FR_STORY), "fr-1");
        assertThat(kept.clusterId()).isEqualTo("fr-1");
        assertThat(clusters.assign(story("fr-9", "fr", StoryPairs.FR_REWRITE)).clusterId()).isEqualTo("fr-1");
    }

    @Test
    void tooShortTextsStayInTheirOwnCluster() {
        StoryClusters.Assignment a = clusters.assign(article("a", "en", "Breaking", null));
        StoryClusters.Assignment b = clusters.assign(article("b", "en", "Breaking", null));
        assertThat(a.clusterId()).isEqualTo("a");
        assertThat(b.clusterId()).isEqualTo("b");
        assertThat(b.signature()).isNull();
    }

    @Test
    void languagesAreComparedByPrimarySubtag() {
        assertThat(StoryClusters.language("en-GB")).isEqualTo("en");
        assertThat(StoryClusters.language("AR")).isEqualTo("ar");
        assertThat(StoryClusters.language(null)).isEqualTo("und");
        assertThat(StoryClusters.language(" ")).isEqualTo("und");
        // a held item recorded before languages were checked when read: its state must still be writable
        assertThat(StoryClusters.language("x".repeat(300))).isEqualTo("und");
    }

    @Test
    void aBatchLookedUpAtOnceIsClusteredAsOneByOne() {
        StoryClusters alone = new StoryClusters(TestConfigs.of(5_242_880, Duration.ofSeconds(20)));
        alone.assign(story("afp-1", "en", StoryPairs.EN_STORY));
        clusters.assign(story("afp-1", "en", StoryPairs.EN_STORY));
        List<NormalisedArticle> batch = List.of(
                story("ap-7", "en-US", StoryPairs.EN_REWRITE),
                story("afp-2", "en", StoryPairs.EN_UNRELATED),
                story("fr-1", "fr", StoryPairs.FR_STORY),
                story("fr-9", "fr", StoryPairs.FR_REWRITE),
                article("short", "en", "Breaking", null));

        StoryClusters.Lookahead ahead = clusters.lookahead(batch);
        for (NormalisedArticle article : batch) {
            StoryClusters.Assignment expected = alone.assign(article);
            StoryClusters.Assignment batched = clusters.assign(article, ahead);
            assertThat(batched.clusterId()).as(article.id()).isEqualTo(expected.clusterId());
            assertThat(batched.signature()).isEqualTo(expected.signature());
            assertThat(batched.language()).isEqualTo(expected.language());
        }
        assertThat(clusters.assign(batch.get(3), ahead).clusterId()).isEqualTo("fr-1");
    }
}
