package io.newsflow.ingest.repository;

/** What ingest-service did with one received item. */
public enum LedgerOutcome {
    /** First version of a new article; published downstream. */
    ACCEPTED,
    /** A newer version of a known article; published downstream, replacing the older one. */
    UPDATED,
    /** Same content as the version already recorded; not published again. */
    DUPLICATE,
    /** An older or equal version arriving late; recorded and ignored. */
    STALE,
    /** Embargoed until a time still to come; kept in PostgreSQL and decided again (and published) when it lifts. */
    HELD,
    /** Withheld or canceled; published downstream so that every index removes the article. */
    KILLED,
    /** Could not be read; dead-lettered with the reason. */
    REJECTED
}
