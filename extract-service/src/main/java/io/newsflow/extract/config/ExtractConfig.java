package io.newsflow.extract.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

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

        /**
         * The fingerprint of the bundled data ({@code kb_seed.fingerprint}) that this build's bundled data replaces
         * whatever the order of the two: to roll back, or forward, on purpose. The replaced data's builds then keep
         * out until other data is seeded. A pod keeps the value it started with, so take the setting out in a
         * rollout of its own (the same image) once the rollback is done, before any further rollout: left set, the
         * old ReplicaSet's pods still carry it during the next rollout, and when that rollout's data is the data it
         * names (rolling forward again, with a setting naming the rolled-back data), pods of the two builds replace
         * each other's data in turns. Every start warns while it is set.
         */
        Optional<String> replace();

        /**
         * Read by images up to the commit that brought {@link #replace()} ({@code newer} or {@code force}); no longer
         * obeyed: set, it is reported at every start with what to set instead.
         */
        Optional<String> reseed();
    }
}
