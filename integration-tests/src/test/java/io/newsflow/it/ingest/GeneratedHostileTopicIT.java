package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.Metrics;
import io.newsflow.it.TestStack;
import io.newsflow.it.hostile.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile wire documents on the raw ingest topic, interleaved with valid articles and written in one go (so
 * that a poll takes hostile and valid records together): every valid article becomes searchable exactly once; every
 * record the generator calls no document at all is dead-lettered once, as it came, with a reason naming the problem;
 * any other dead letter of a hostile record carries a reason too; a valid record leaves no dead letter; and
 * ingest-service's dead-letter counter grows by at least what was written.
 *
 * <p>Each record carries a {@code traceparent} of its own, which ingest-service continues on the dead letters it
 * writes for it: that is how a dead letter is traced to its record, apart from everyone else's.
 */
class GeneratedHostileTopicIT {

    private static final int DOCUMENTS = 100;
    private static final int VALID_EVERY = 5;
    private static final String TRACEPARENT = "traceparent";
    private static final String DEAD_LETTER_ITEM = "dead-letter-item";
    /** A stable code, a colon and a sentence: "malformed-json: The JSON is not well-formed ...". */
    private static final Pattern REASON = Pattern.compile("[a-z]+(-[a-z]+)*: \\S.*", Pattern.DOTALL);

    /** One record written: what it is, its bytes, the trace id it carries, and the verdict (null for a valid article). */
    private record Sent(String what, byte[] body, String traceId, HostileInputs.Verdict verdict) {
    }

    @Test
    void hostileRecordsAreDeadLetteredWithAReasonWhileTheValidOnesAreIndexedOnce() throws Exception {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        List<byte[]> bases = GeneratedHostileWireIT.validDocuments();
        String marker = IngestStack.marker();
        List<String> validIds = new ArrayList<>();
        List<Sent> records = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            HostileInputs.Document hostile = inputs.document(bases.get(i % bases.size()));
            records.add(new Sent("seed=" + seed + " #" + i + " (" + hostile.mutation() + ")", hostile.body(), traceId(),
                    hostile.verdict()));
            if (i % VALID_EVERY == VALID_EVERY - 1) {
                String id = IngestStack.id("topic-hostile");
                validIds.add(id);
                records.add(new Sent(id, GeneratedHostileWireIT.validArticle(id, marker, i / VALID_EVERY)
                        .getBytes(StandardCharsets.UTF_8), traceId(), null));
            }
        }
        double deadLettersBefore = deadLettersCounted();

        send(records);

        // The last record is a valid one on the same partition: once it is searchable, every record was decided.
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrderElementsOf(validIds));
        AtomicReference<Map<String, List<ConsumerRecord<byte[], byte[]>>>> read = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            read.set(deadLettersByTrace(records));
            assertDeadLetters(records, read.get());
        });
        Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLetters = read.get();
        int written = deadLetters.values().stream().mapToInt(List::size).sum();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(deadLettersCounted()).as("newsflow_dead_letters_total{stage=ingest}")
                        .isGreaterThanOrEqualTo(deadLettersBefore + written));
    }

    /**
     * A record refused as a whole has one dead letter, not naming an item; a record that may hold items has any number;
     * a valid one none. Each holds the record as sent and a reason that names the problem.
     */
    private static void assertDeadLetters(List<Sent> records, Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLetters) {
        SoftAssertions softly = new SoftAssertions();
        for (Sent sent : records) {
            List<ConsumerRecord<byte[], byte[]>> own = deadLetters.getOrDefault(sent.traceId(), List.of());
            List<String> reasons = own.stream().map(dead -> TestStack.header(dead, Topics.DEAD_LETTER_REASON_HEADER)).toList();
            if (sent.verdict() == null) {
                softly.assertThat(reasons).as("dead letters of valid %s", sent.what()).isEmpty();
                continue;
            }
            if (sent.verdict() == HostileInputs.Verdict.REFUSED) {
                softly.assertThat(reasons).as("dead letters of %s, refused as a whole", sent.what()).hasSize(1);
                softly.assertThat(own.stream().map(dead -> TestStack.header(dead, DEAD_LETTER_ITEM)).filter(Objects::nonNull))
                        .as("items named by the dead letter of %s", sent.what()).isEmpty();
            }
            softly.assertThat(reasons).as("reasons of %s", sent.what()).allMatch(reason -> reason != null && REASON.matcher(reason).matches());
            softly.assertThat(own).as("dead letters of %s hold the record as sent", sent.what())
                    .allMatch(dead -> Arrays.equals(dead.value(), sent.body()));
        }
        softly.assertAll();
    }

    /** Writes the records in order under one key (one partition), in one go, and waits for Kafka's acks. */
    private static void send(List<Sent> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, IngestStack.KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // The huge generated documents are larger than a producer's default 1 MB; the test broker takes 10 MB.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 10 * 1024 * 1024);
        byte[] key = ("it-hostile-" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (Sent sent : records) {
                ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INGEST_RAW, key, sent.body());
                record.headers().add(TRACEPARENT, ("00-" + sent.traceId() + "-" + traceId().substring(0, 16) + "-00")
                        .getBytes(StandardCharsets.US_ASCII));
                acks.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** The dead letters ingest-service wrote for these records, by the trace id they continue. */
    private static Map<String, List<ConsumerRecord<byte[], byte[]>>> deadLettersByTrace(List<Sent> records) {
        List<String> traces = records.stream().map(Sent::traceId).toList();
        return IngestStack.readAll(Topics.INGEST_DEAD_LETTER, Duration.ofSeconds(10)).stream()
                .filter(dead -> traces.contains(traceIdOf(dead)))
                .collect(Collectors.groupingBy(GeneratedHostileTopicIT::traceIdOf));
    }

    private static String traceIdOf(ConsumerRecord<byte[], byte[]> record) {
        String traceparent = TestStack.header(record, TRACEPARENT);
        String[] parts = traceparent == null ? new String[0] : traceparent.split("-");
        return parts.length == 4 ? parts[1] : "";
    }

    /** ingest-service's dead letters so far, over every reason. */
    private static double deadLettersCounted() {
        return Metrics.sum(IngestStack.INGEST, "newsflow_dead_letters_total", "stage=\"ingest\"");
    }

    /** A random W3C trace id (32 hex digits). */
    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }
}
