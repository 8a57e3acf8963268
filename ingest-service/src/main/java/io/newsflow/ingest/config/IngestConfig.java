package io.newsflow.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of ingest-service, under {@code newsflow.ingest}. */
@ConfigMapping(prefix = "newsflow.ingest")
public interface IngestConfig {

    /** Largest document accepted, on the topic and the push endpoint, in bytes. */
    @WithDefault("5242880")
    int maxDocumentBytes();
}
