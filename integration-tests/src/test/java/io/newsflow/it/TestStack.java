package io.newsflow.it;

import static io.restassured.RestAssured.given;

import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.Topics;
import io.newsflow.search.ArticleIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The running test stack as the integration tests reach it: addresses from the system properties the build
 * sets (see this module's pom), and the few ways a test talks to Kafka and PostgreSQL directly.
 */
public final class TestStack {

    public static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    public static final String INDEX = System.getProperty("newsflow.index", "http://127.0.0.1:18083");
    public static final String KAFKA = System.getProperty("newsflow.kafka", "127.0.0.1:19092");
    public static final String ELASTICSEARCH = "http://127.0.0.1:" + System.getenv().getOrDefault("NEWSFLOW_ELASTICSEARCH_PORT", "19200");
    static final String POSTGRES = System.getProperty("newsflow.postgres", "jdbc:postgresql://127.0.0.1:15432/newsflow");

    /**
     * How long one document may take from a topic or a push to the gateway's answers (ingest, extract, index,
     * refresh) on a loaded two-core CI machine running the whole suite; also longer than the gateway's one-minute
     * entity lookup cache.
     */
    public static final Duration PIPELINE = Duration.ofSeconds(90);

    /** How long the pipeline may take to catch up once a stopped or killed part of the stack is back. */
    public static final Duration RECOVERY = Duration.ofSeconds(120);

    /**
     * How long the gateway trusts a key it looked up before asking PostgreSQL again (newsflow.gateway.keys.cache-ttl,
     * which this module's pom sets for the test stack).
     */
    public static final Duration KEY_CACHE_TTL = Duration.ofSeconds(Long.getLong("newsflow.gateway.keys.cache-ttl-seconds", 30));

    private TestStack() {
    }

    static Path shared() {
        return Path.of(System.getProperty("newsflow.shared.dir", "../../shared"));
    }

    /** The line of the shared eval set with this id, as a raw simple-JSON document. */
    static String evalArticle(String id) throws java.io.IOException {
        return Files.readAllLines(shared().resolve("eval/dev.jsonl")).stream()
                .filter(line -> line.contains("\"id\": \"" + id + "\"") || line.contains("\"id\":\"" + id + "\""))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no article " + id + " in dev.jsonl"));
    }

    /** Writes raw records to the ingest topic, in order, and waits for Kafka to acknowledge them. */
    public static void sendRaw(byte[]... documents) throws Exception {
        // One key for all: the records land on one partition, so "right after" holds.
        send(Topics.INGEST_RAW, "it", documents);
    }

    /**
     * Writes records under one key to any topic, in order, and waits for Kafka to acknowledge them. Records of up to
     * 10 MiB, as the broker takes, as a wire feed may send.
     */
    public static void send(String topic, String key, byte[]... values) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] value : values) {
                producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * Writes enriched articles straight to index-service's topic, keyed by article id as extract-service does (so
     * they spread over the partitions and consumers), and waits for Kafka to acknowledge them.
     */
    public static void sendEnriched(EnrichedArticle... articles) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_ENRICHED, article.article().id(), EventCodec.write(article)))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A header of a record as text, or null when it has none. */
    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Every record in a topic when this is called, read from the beginning of each partition up to its end offset
     * then, so that a record written before the call is certainly among them (a read for a fixed time may stop
     * short on a loaded machine). Fails when the end is not reached {@code within}.
     */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, within).stream()
                    .map(partition -> new TopicPartition(topic, partition.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, within);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, within) < ends.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + ends + " within " + within);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        } catch (TimeoutException e) {
            // An assertion error, so that a caller inside an Awaitility untilAsserted simply reads again.
            throw new AssertionError("could not read " + topic + " within " + within, e);
        }
        return records;
    }

    /**
     * Writes an article straight into Elasticsearch as index-service writes it, stamped {@code indexedAt} but
     * searchable only from now on: what a slow bulk request on a loaded cluster does.
     */
    public static void indexStampedAt(String id, String source, String headline, Instant indexedAt) {
        String index = given().baseUri(ELASTICSEARCH).when().get("/_alias/" + ArticleIndex.ALIAS)
                .then().statusCode(200)
                .extract().jsonPath().getMap("$").keySet().iterator().next().toString();
        Map<String, Object> doc = Map.of(
                "id", id,
                "version", 1,
                "headline", headline,
                "body", "Published late.",
                "language", "en",
                "source", source,
                "killed", false,
                "published", indexedAt.toString(),
                "indexed_at", indexedAt.toString());
        given().baseUri(ELASTICSEARCH).contentType("application/json").body(doc)
                .when().put("/" + index + "/_doc/{id}?refresh=true", id)
                .then().statusCode(201);
    }

    /** When index-service stamped the article {@code id} ({@code indexed_at}). */
    public static Instant indexedAt(String id) {
        String stamp = given().baseUri(ELASTICSEARCH).queryParam("q", "id:\"" + id + "\"")
                .when().get("/" + ArticleIndex.ALIAS + "/_search")
                .then().statusCode(200)
                .extract().jsonPath().getString("hits.hits[0]._source.indexed_at");
        return Instant.parse(stamp);
    }

    public static Connection database() throws SQLException {
        return DriverManager.getConnection(POSTGRES, "newsflow", System.getenv().getOrDefault("NEWSFLOW_DB_PASSWORD", "newsflow"));
    }
}
