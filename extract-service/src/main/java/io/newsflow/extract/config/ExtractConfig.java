package io.newsflow.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of extract-service, under {@code newsflow.extract}. */
@ConfigMapping(prefix = "newsflow.extract")
public interface ExtractConfig {

    /**
     * How often the knowledge base in PostgreSQL is checked for changes; the scheduler reads it by name
     * ({@code ExtractorHolder.refresh}).
     */
    @WithDefault("5s")
    Duration knowledgeRefresh();

    /** The knowledge base in PostgreSQL. */
    Knowledge knowledge();

    interface Knowledge {

        /** Whether this build's bundled data may replace the data the database holds. */
        @WithDefault("newer")
        Reseed reseed();
    }

    /** When a replica writes its bundled data over the bundled data the database holds (other data only). */
    enum Reseed {
        /** Only over older data (built earlier): a replica of an older build runs on the newer data it finds. */
        NEWER,
        /** Over any other data, newer too: for rolling back on purpose; set it back once the rollback is done. */
        FORCE
    }
}
