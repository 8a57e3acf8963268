package io.newsflow.launcher;

import io.newsflow.contracts.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes sample articles, one simple-JSON document per line, into the ingest topic as raw records, the way a
 * wire feed would. The samples are the shared eval articles when ../shared is beside the checkout, else the
 * project's own in deploy/samples.
 */
final class SampleLoader {

    private final StackSettings settings;

    SampleLoader(StackSettings settings) {
        this.settings = settings;
    }

    Path samples() {
        Path shared = settings.projectRoot().resolve("../shared/eval/dev.jsonl").normalize();
        return Files.isRegularFile(shared) ? shared : settings.projectRoot().resolve("deploy/samples/articles.jsonl");
    }

    /** Sends every non-blank line of the samples file; returns how many were sent. */
    int load() {
        try {
            List<String> lines = Files.readAllLines(samples()).stream().filter(l -> !l.isBlank()).toList();
            try (KafkaProducer<String, String> producer = producer(settings.kafkaBootstrap())) {
                for (String line : lines) {
                    producer.send(new ProducerRecord<>(Topics.INGEST_RAW, line)).get(30, TimeUnit.SECONDS);
                }
            }
            return lines.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new LaunchException("cannot write samples to Kafka: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted", e);
        }
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
