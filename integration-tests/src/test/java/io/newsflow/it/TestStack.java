package io.newsflow.it;

import io.newsflow.contracts.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The running test stack as the integration tests reach it: addresses from the system properties the build
 * sets (see this module's pom), and the few ways a test talks to Kafka and PostgreSQL directly.
 */
public final class TestStack {

    public static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    public static final String INDEX = System.getProperty("newsflow.index", "http://127.0.0.1:18083");
    public static final String KAFKA = System.getProperty("newsflow.kafka", "127.0.0.1:19092");
    static final String POSTGRES = System.getProperty("newsflow.postgres", "jdbc:postgresql://127.0.0.1:15432/newsflow");

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
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (byte[] document : documents) {
                // One key for all: the records land on one partition, so "right after" holds.
                producer.send(new ProducerRecord<>(Topics.INGEST_RAW, "it".getBytes(), document)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Every record currently in a topic, read from the beginning by a fresh consumer group. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration within) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection(POSTGRES, "newsflow", System.getenv().getOrDefault("NEWSFLOW_DB_PASSWORD", "newsflow"));
    }
}
