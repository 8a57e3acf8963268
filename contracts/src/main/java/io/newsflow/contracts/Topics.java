package io.newsflow.contracts;

/** Kafka topic names of the pipeline; every service and test reads them from here. */
public final class Topics {

    /** Raw wire items as feeds push them: ninjs, NewsML-G2, RSS/Atom or simple JSON. */
    public static final String INGEST_RAW = "newsflow.ingest.raw";
    /** Normalised articles, keyed by article id, published by ingest-service. */
    public static final String ARTICLES_NORMALISED = "newsflow.articles.normalised";
    /** Articles with language, entities and events, keyed by article id, published by extract-service. */
    public static final String ARTICLES_ENRICHED = "newsflow.articles.enriched";

    /**
     * The curated layer of the knowledge base, one {@link KnowledgeEntry} per entity keyed by id, published by
     * extract-service and read whole by every index-service instance. Compacted: the latest entry per entity stays.
     */
    public static final String ENTITIES_CURATED = "newsflow.entities.curated";

    public static final String INGEST_DEAD_LETTER = "newsflow.ingest.dlq";
    public static final String EXTRACT_DEAD_LETTER = "newsflow.extract.dlq";
    public static final String INDEX_DEAD_LETTER = "newsflow.index.dlq";

    /** Header carrying the reason a record was dead-lettered (the one SmallRye Reactive Messaging writes). */
    public static final String DEAD_LETTER_REASON_HEADER = "dead-letter-reason";
    /**
     * Headers naming the record a dead letter was made from (the ones SmallRye Reactive Messaging writes): its topic,
     * partition and offset, as text. A record taken again after a restart can be dead-lettered twice; these tell the
     * repeat from another bad record.
     */
    public static final String DEAD_LETTER_TOPIC_HEADER = "dead-letter-topic";
    public static final String DEAD_LETTER_PARTITION_HEADER = "dead-letter-partition";
    public static final String DEAD_LETTER_OFFSET_HEADER = "dead-letter-offset";

    private Topics() {
    }

    /** Every topic the pipeline needs, in pipeline order, dead-letter topics last. */
    public static java.util.List<String> all() {
        return java.util.List.of(INGEST_RAW, ARTICLES_NORMALISED, ARTICLES_ENRICHED, ENTITIES_CURATED,
                INGEST_DEAD_LETTER, EXTRACT_DEAD_LETTER, INDEX_DEAD_LETTER);
    }

    /** Topics that keep the latest record per key rather than records of the last days. */
    public static boolean compacted(String topic) {
        return ENTITIES_CURATED.equals(topic);
    }
}
