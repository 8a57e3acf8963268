package io.newsflow.index.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of index-service, under {@code newsflow.index}. Batches are bounded by count through Kafka's
 * {@code max.poll.records}, by time through {@code fetch.max.wait.ms}, and by bytes here.
 */
@ConfigMapping(prefix = "newsflow.index")
public interface IndexConfig {

    /** Largest bulk request body, estimated from the documents' text; Elasticsearch refuses big ones with 429. */
    @WithDefault("8388608")
    int maxBulkBytes();
}
