package io.newsflow.index.service;

/** What Elasticsearch did with one document of a bulk request. */
public enum IndexOutcome {
    /** Written (created, replaced, or turned into a tombstone). */
    INDEXED,
    /** Elasticsearch already holds a newer version: redelivery or disorder, nothing to do. */
    STALE,
    /** Elasticsearch was overloaded for this item: send it again. */
    RETRY,
    /** The document itself was refused: dead-letter it. */
    REFUSED
}
