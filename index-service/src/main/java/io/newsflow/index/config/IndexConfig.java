package io.newsflow.index.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Settings of index-service, under {@code newsflow.index}. Batches are bounded by count through Kafka's
 * {@code max.poll.records}, by time through {@code fetch.max.wait.ms}, and by bytes here.
 */
@ConfigMapping(prefix = "newsflow.index")
public interface IndexConfig {

    /** Largest bulk request body, estimated from the documents' text; Elasticsearch refuses big ones with 429. */
    @WithDefault("8388608")
    int maxBulkBytes();

    /**
     * How many bulk requests a batch is sent as, at once. Elasticsearch gives a request one write thread per shard,
     * so the requests of all consumers at once should be about the number of cores of a one-shard Elasticsearch
     * node: with two consumers on two cores, 1 (measured: warm ratio 0.81-0.86 against 0.72-0.80 with 2).
     */
    @WithDefault("1")
    int bulkRequestsAtOnce();

    /**
     * The longest pause between two writes sent again while Elasticsearch is away or busy: the pauses double from
     * half a second up to this, so once it is back, indexing resumes within this much.
     */
    @WithDefault("15s")
    Duration longestRetryPause();

    /** The monthly articles indices. */
    Articles articles();

    /** The entities index. */
    Entities entities();

    interface Entities {

        /**
         * How far an entity's last sighting may move on before it is written again; finer moves are not worth an
         * update (a read and a write in Elasticsearch) for an entity named in article after article. With a minute,
         * the updates took about a tenth of Elasticsearch's indexing time under bench load; the last sighting is for
         * listing recently named entities, where ten minutes is fine.
         */
        @WithDefault("PT10M")
        Duration lastSeenGranularity();

        /** How many entities an instance remembers having written; the least recently named are forgotten. */
        @WithDefault("50000")
        int remembered();
    }

    interface Articles {

        /**
         * How many months of articles to keep, the current month included (by the month of each article's first
         * creation); older month indices are deleted. Absent: keep everything.
         */
        Optional<Integer> retentionMonths();

        /** How often the retention is applied. */
        @WithDefault("PT1H")
        Duration retentionInterval();
    }
}
