package io.newsflow.ingest.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.repository.Feed;
import io.newsflow.ingest.repository.FeedRepository;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A feed's articles belong to its id, so a feed deleted and registered again under the same URL must come back
 * under that id, or its items would be refused as another feed's ({@code foreign-id}) for ever.
 */
class FeedReRegistrationTest {

    private static final String URL = TestConfigs.LOCAL_FEEDS + "8089/harbour.xml";

    /** The feed table in memory, ids drawn as a sequence draws them. */
    private static final class FeedRows extends FeedRepository {
        final Map<Long, Feed> rows = new TreeMap<>();
        private long next = 1;

        @Override
        public Uni<Feed> findById(Long id) {
            return Uni.createFrom().item(rows.get(id));
        }

        @Override
        public Uni<Feed> byUrl(String url) {
            return Uni.createFrom().item(rows.values().stream().filter(f -> f.url.equals(url)).findFirst().orElse(null));
        }

        @Override
        public Uni<Feed> persist(Feed feed) {
            feed.id = next++;
            rows.put(feed.id, feed);
            return Uni.createFrom().item(feed);
        }

        @Override
        public Uni<Boolean> deleteById(Long id) {
            return Uni.createFrom().item(rows.remove(id) != null);
        }
    }

    private final FeedRegistry registry = new FeedRegistry(new FeedRows(), TestConfigs.of(1000, Duration.ofSeconds(2)));

    @Test
    void feedRegisteredAgainAfterADeleteKeepsItsIdWithTheNewSettings() {
        Feed first = registry.add(new FeedRequest(URL, 300, "Harbour Desk", "en", null)).await().indefinitely();

        assertThat(registry.delete(first.id).await().indefinitely()).isTrue();
        assertThat(registry.get(first.id).await().indefinitely()).as("the deleted feed").isNull();
        Feed again = registry.add(new FeedRequest(URL, 600, "Harbour News", null, null)).await().indefinitely();

        assertThat(again.id).isEqualTo(first.id);
        assertThat(again.pollIntervalSeconds).isEqualTo(600);
        assertThat(again.sourceName).isEqualTo("Harbour News");
        assertThat(again.languageHint).isNull();
        assertThat(registry.get(first.id).await().indefinitely()).isNotNull();
    }
}
