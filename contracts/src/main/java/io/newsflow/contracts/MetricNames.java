package io.newsflow.contracts;

/**
 * Names of the pipeline's metrics, in Micrometer form (Prometheus adds {@code _total}, {@code _seconds}, ...).
 * The dashboards and alert rules in deploy/k8s use exactly these.
 */
public final class MetricNames {

    /** Counter, tags {@code stage} and {@code outcome}: items received, published, failed, ... per stage. */
    public static final String ITEMS = "newsflow.items";
    /** Counter, tags {@code stage} and {@code reason}: records written to a dead-letter topic. */
    public static final String DEAD_LETTERS = "newsflow.dead_letters";
    /**
     * Counter, tags {@code stage} and {@code reason}: requests refused with a 4xx and no dead letter (a pushed
     * document that cannot be read, is too large, holds no usable item), by the problem type the client got.
     */
    public static final String REJECTIONS = "newsflow.rejections";
    /**
     * Counter, tags {@code outcome} ({@code ok}, {@code not_modified}, {@code failed}) and {@code reason} (a stable
     * code such as {@code timeout} or {@code http-5xx} when failed, else {@code none}): polls of registered feeds.
     */
    public static final String FEED_POLLS = "newsflow.feed.polls";
    /** Timer (histogram), tag {@code stage}: time to process one record or batch. */
    public static final String STAGE_PROCESSING = "newsflow.stage.processing";
    /** Timer (histogram): from ingest-service receiving an item to Elasticsearch acknowledging it. */
    public static final String FRESHNESS = "newsflow.freshness";
    /** Distribution summary (histogram): items per bulk request. */
    public static final String INDEX_BULK_SIZE = "newsflow.index.bulk.size";
    /** Gauge 0/1, tag {@code dependency}: whether the service reaches Kafka, Elasticsearch, PostgreSQL. */
    public static final String DEPENDENCY_UP = "newsflow.dependency.up";
    /** Gauge 0/1: whether Kafka's lz4 compression runs lz4-java's native code (0: its pure-Java code, about 5x the CPU). */
    public static final String KAFKA_LZ4_NATIVE = "newsflow.kafka.lz4.native";

    public static final String TAG_STAGE = "stage";
    public static final String TAG_OUTCOME = "outcome";
    public static final String TAG_REASON = "reason";

    private MetricNames() {
    }
}
