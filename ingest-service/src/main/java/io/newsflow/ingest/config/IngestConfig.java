package io.newsflow.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of ingest-service, under {@code newsflow.ingest}. */
@ConfigMapping(prefix = "newsflow.ingest")
public interface IngestConfig {

    /** Largest document accepted, on the topic, the push endpoint and from a polled feed, in bytes. */
    @WithDefault("5242880")
    int maxDocumentBytes();

    /**
     * Largest normalised article sent downstream, as JSON, in bytes. It stays under the producers'
     * {@code max.request.size} (10 MB), leaving room for the ingest facts and headers; a larger item is rejected
     * ({@code too-large}) and dead-lettered rather than failing its document's send for ever.
     */
    @WithDefault("9437184")
    int maxArticleBytes();

    /**
     * The longest pause between two tries to take raw documents from the topic again while PostgreSQL or Kafka is
     * away: the pauses double from 200 ms up to this, so once it is back, ingestion resumes within this much.
     */
    @WithDefault("10s")
    Duration longestRetryPause();

    /** Near-duplicate clustering. */
    NearDuplicates nearDuplicates();

    /** Embargoed items. */
    Embargo embargo();

    /** Polled RSS/Atom feeds. */
    Feeds feeds();

    interface NearDuplicates {

        /**
         * How many recent articles per language a new article is compared with (about a day of a busy wire): the
         * comparison is exhaustive, so its cost grows with the window (a batch compared at once costs about
         * 2.3 microseconds per article and thousand entries, see NearDuplicateIndex).
         */
        @WithDefault("10000")
        int window();
    }

    interface Embargo {

        /** How many due items one release transaction takes at most. */
        @WithDefault("200")
        int releaseBatch();
    }

    interface Feeds {

        /** Poll interval of a feed registered without one. */
        @WithDefault("300")
        int defaultIntervalSeconds();

        /** Shortest poll interval an operator may set. */
        @WithDefault("5")
        int minIntervalSeconds();

        /** Longest wait after repeated failures (the back-off doubles the interval per failure up to this). */
        @WithDefault("PT1H")
        Duration maxBackoff();

        /** Time to open the connection to a feed server. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** Time for a whole request, headers and body, after which a feed that hangs fails. */
        @WithDefault("PT20S")
        Duration requestTimeout();

        /** Redirects followed before a poll fails. */
        @WithDefault("5")
        int maxRedirects();

        /** Feeds polled at the same time at most. */
        @WithDefault("8")
        int maxConcurrentPolls();

        /**
         * Feed URLs allowed besides public ones (comma-separated prefixes such as {@code http://127.0.0.1:} or
         * {@code http://feeds.corp.internal/}): without them, a feed or a redirect naming this machine or a private
         * network is refused ({@link io.newsflow.ingest.client.FeedAddresses}).
         */
        Optional<String> allowedPrefixes();

        /** The User-Agent sent to feed servers. */
        @WithDefault("Newsflow-FeedPoller/0.1 (+https://github.com/newsflow)")
        String userAgent();
    }
}
