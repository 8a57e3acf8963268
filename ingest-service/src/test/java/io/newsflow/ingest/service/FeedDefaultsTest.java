package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Two feeds that number their items alike give two articles; an id that is a URI stays as the feed wrote it. */
class FeedDefaultsTest {

    private static final Instant NOON = Instant.parse("2025-06-02T12:00:00Z");

    @Test
    void sameBareGuidFromTwoFeedsGivesTwoIds() {
        NormalisedArticle fromFirst = FeedDefaults.apply(Items.usable("48213", 1, "rss", NOON), 12, "Harbourwire", null);
        NormalisedArticle fromSecond = FeedDefaults.apply(Items.usable("48213", 1, "rss", NOON), 31, "Valley Post", null);

        assertThat(fromFirst.id()).isEqualTo("feed:12:48213");
        assertThat(fromSecond.id()).isEqualTo("feed:31:48213");
        assertThat(fromSecond.source()).isEqualTo("Valley Post");
    }

    @Test
    void idThatIsAnAbsoluteUriIsKept() {
        assertThat(FeedDefaults.apply(Items.usable("urn:harbourwire:48213", 1, "rss", NOON), 12, null, null).id())
                .isEqualTo("urn:harbourwire:48213");
        assertThat(FeedDefaults.apply(Items.usable("https://harbourwire.example/48213", 1, "rss", NOON), 12, null, null)
                .id()).isEqualTo("https://harbourwire.example/48213");
    }
}
