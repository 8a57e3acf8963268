package io.newsflow.index.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FirstSightTest {

    private static NormalisedArticle article(long version, PubStatus status, String format) {
        return new NormalisedArticle("a", version, Instant.EPOCH, Instant.EPOCH, status, null, "en", "h", "b", null, "s",
                "kafka", format, null, null, null, null, null, false, null, null, null);
    }

    @Test
    void versionOneOfANumberedFormatNeedsNoLookUp() {
        assertThat(FirstSight.is(article(1, PubStatus.USABLE, "json"))).isTrue();
        assertThat(FirstSight.is(article(1, PubStatus.USABLE, "ninjs"))).isTrue();
    }

    @Test
    void updatesKillsAndUnnumberedFormatsAreLookedUp() {
        assertThat(FirstSight.is(article(2, PubStatus.USABLE, "json"))).isFalse();
        assertThat(FirstSight.is(article(1, PubStatus.CANCELED, "json"))).isFalse();
        assertThat(FirstSight.is(article(1, PubStatus.USABLE, "rss"))).isFalse();
        assertThat(FirstSight.is(article(1, PubStatus.USABLE, "atom"))).isFalse();
        assertThat(FirstSight.is(article(1, PubStatus.USABLE, null))).isFalse();
    }
}
