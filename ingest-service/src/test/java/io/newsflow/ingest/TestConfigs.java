package io.newsflow.ingest;

import io.newsflow.ingest.config.IngestConfig;
import java.time.Duration;

/** {@link IngestConfig} with the defaults of application.properties, for tests that build beans by hand. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static IngestConfig of(int maxDocumentBytes, Duration requestTimeout) {
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

            public String userAgent() {
                return "newsflow-test";
            }
        };
        return new IngestConfig() {
            public int maxDocumentBytes() {
                return maxDocumentBytes;
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
