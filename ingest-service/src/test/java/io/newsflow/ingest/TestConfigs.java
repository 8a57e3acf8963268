package io.newsflow.ingest;

import io.newsflow.ingest.config.IngestConfig;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link IngestConfig} with the defaults of application.properties, for tests that build beans by hand; feed servers
 * on 127.0.0.1 are allowed, as the integration tests allow them, since the tests' feed servers run there.
 */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static final String LOCAL_FEEDS = "http://127.0.0.1:";

    public static IngestConfig of(int maxDocumentBytes, Duration requestTimeout) {
        return of(maxDocumentBytes, requestTimeout, Optional.of(LOCAL_FEEDS));
    }

    public static IngestConfig of(int maxDocumentBytes, Duration requestTimeout, Optional<String> allowedFeedPrefixes) {
        return of(maxDocumentBytes, 9_437_184, requestTimeout, allowedFeedPrefixes);
    }

    /** With a limit on the normalised article's size other than the default. */
    public static IngestConfig withMaxArticleBytes(int maxDocumentBytes, int maxArticleBytes) {
        return of(maxDocumentBytes, maxArticleBytes, Duration.ofSeconds(2), Optional.of(LOCAL_FEEDS));
    }

    private static IngestConfig of(int maxDocumentBytes, int maxArticleBytes, Duration requestTimeout,
                                   Optional<String> allowedFeedPrefixes) {
        IngestConfig.Feeds feeds = new IngestConfig.Feeds() {
            public int defaultIntervalSeconds() {
                return 300;
            }

            public int minIntervalSeconds() {
                return 5;
            }

            public Duration maxBackoff() {
                return Duration.ofHours(1);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration requestTimeout() {
                return requestTimeout;
            }

            public int maxRedirects() {
                return 3;
            }

            public int maxConcurrentPolls() {
                return 4;
            }

            public Optional<String> allowedPrefixes() {
                return allowedFeedPrefixes;
            }

            public String userAgent() {
                return "newsflow-test";
            }
        };
        return new IngestConfig() {
            public int maxDocumentBytes() {
                return maxDocumentBytes;
            }

            public int maxArticleBytes() {
                return maxArticleBytes;
            }

            public Duration longestRetryPause() {
                return Duration.ofSeconds(10);
            }

            public NearDuplicates nearDuplicates() {
                return () -> 1000;
            }

            public Embargo embargo() {
                return () -> 200;
            }

            public Feeds feeds() {
                return feeds;
            }
        };
    }
}
