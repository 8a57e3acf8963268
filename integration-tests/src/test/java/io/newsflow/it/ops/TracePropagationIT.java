package io.newsflow.it.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topics;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * One trace from a push to the index: an article pushed to the gateway with a W3C {@code traceparent} comes out on
 * the normalised and the enriched topics with that trace id in the records' own {@code traceparent} headers, as an
 * operator (or the collector) sees it; so do the items of a record a wire feed writes to the ingest topic with its
 * own {@code traceparent}, each record's trace going to its own items when one poll takes several records; so does
 * an embargoed item, released from PostgreSQL after its push's request has long ended. The test stack runs with
 * tracing on and a sampling ratio of 0 (see this module's pom), and these traceparents are not sampled, so context
 * flows without any span being recorded or exported.
 */
class TracePropagationIT {

    private static final String TRACEPARENT = TracedPush.TRACEPARENT;

    @Test
    void traceIdOfAPushReachesTheNormalisedAndEnrichedRecords() {
        String traceId = TracedPush.randomHex(16);
        String id = "trace-" + UUID.randomUUID();

        TracedPush.push(traceparent(traceId), "{\"id\": \"" + id + "\", \"title\": \"Ferry link to Hoy resumes\", "
                + "\"body\": \"The ferry between Stromness and Hoy sailed again on Tuesday after the storm (" + id + ").\", "
                + "\"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", \"source\": \"it-trace\"}")
                .statusCode(202);
        TracedPush.awaitServed(id);

        assertThat(traceIdsOf(id, Topics.ARTICLES_NORMALISED)).as("trace ids on %s", Topics.ARTICLES_NORMALISED).containsExactly(traceId);
        assertThat(traceIdsOf(id, Topics.ARTICLES_ENRICHED)).as("trace ids on %s", Topics.ARTICLES_ENRICHED).containsExactly(traceId);
    }

    @Test
    void traceIdOfARawRecordReachesTheNormalisedAndEnrichedRecordsOfItsItems() throws Exception {
        String feedTrace = TracedPush.randomHex(16);
        String singleTrace = TracedPush.randomHex(16);
        String run = UUID.randomUUID().toString();
        String firstOfFeed = "trace-raw-feed-1-" + run;
        String secondOfFeed = "trace-raw-feed-2-" + run;
        String single = "trace-raw-single-" + run;
        String malformed = "trace-raw-malformed-" + run;
        String untraced = "trace-raw-untraced-" + run;
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>IT trace feed</title><link>http://example.com/</link>
                <language>en</language>
                <item><title>Harbour cranes idle in Kirkwall</title><guid isPermaLink="false">%1$s</guid>
                <description>Dock workers in Kirkwall stopped the cranes on Monday (%1$s).</description>
                <pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate></item>
                <item><title>Hoy farmers bring in an early harvest</title><guid isPermaLink="false">%2$s</guid>
                <description>Farmers on Hoy began the harvest two weeks early (%2$s).</description>
                <pubDate>Mon, 02 Jun 2025 09:00:00 GMT</pubDate></item>
                </channel></rss>
                """.formatted(firstOfFeed, secondOfFeed);

        // One key, so one partition: one poll is likely to take the four records together; each keeps its own trace.
        sendRaw(List.of(
                raw(feed, traceparent(feedTrace)),
                raw(simpleJson(single, "Ferry timetable for the summer"), traceparent(singleTrace)),
                raw(simpleJson(malformed, "Bus lanes open in Sliema"), "00-not-a-trace-id-01"),
                raw(simpleJson(untraced, "Lighthouse on Hoy repainted"), null)));
        for (String id : List.of(firstOfFeed, secondOfFeed, single, malformed, untraced)) {
            TracedPush.awaitServed(id);
        }

        for (String topic : List.of(Topics.ARTICLES_NORMALISED, Topics.ARTICLES_ENRICHED)) {
            assertThat(traceIdsOf(firstOfFeed, topic)).as("trace ids of %s on %s", firstOfFeed, topic).containsExactly(feedTrace);
            assertThat(traceIdsOf(secondOfFeed, topic)).as("trace ids of %s on %s", secondOfFeed, topic).containsExactly(feedTrace);
            assertThat(traceIdsOf(single, topic)).as("trace ids of %s on %s", single, topic).containsExactly(singleTrace);
        }
        // Without a usable traceparent a record starts a trace of its own, which its item's records carry on.
        String malformedTrace = onlyTraceIdOf(malformed, Topics.ARTICLES_NORMALISED);
        String untracedTrace = onlyTraceIdOf(untraced, Topics.ARTICLES_NORMALISED);
        assertThat(List.of(malformedTrace, untracedTrace)).allSatisfy(traceId ->
                assertThat(traceId).matches("[0-9a-f]{32}").isNotIn(feedTrace, singleTrace));
        assertThat(malformedTrace).isNotEqualTo(untracedTrace);
        assertThat(traceIdsOf(malformed, Topics.ARTICLES_ENRICHED)).containsExactly(malformedTrace);
        assertThat(traceIdsOf(untraced, Topics.ARTICLES_ENRICHED)).containsExactly(untracedTrace);
    }

    @Test
    void embargoedItemIsReleasedInTheTraceOfItsPush() {
        String traceId = TracedPush.randomHex(16);
        String id = "trace-embargo-" + UUID.randomUUID();
        Instant embargo = Instant.now().plusSeconds(15).truncatedTo(ChronoUnit.SECONDS);

        TracedPush.push(traceparent(traceId), "{\"id\": \"" + id + "\", \"title\": \"Hoy tunnel report due\", "
                + "\"body\": \"The report on a tunnel between Stromness and Hoy comes out this week (" + id + ").\", "
                + "\"published\": \"2025-06-03T09:00:00Z\", \"embargoed\": \"" + embargo + "\", "
                + "\"language\": \"en\", \"source\": \"it-trace\"}")
                .statusCode(202)
                .body("items[0].outcome", Matchers.equalTo("HELD"));
        TracedPush.awaitServed(id);

        // Held in PostgreSQL and sent by the release run, long after the push's request ended: still its trace.
        assertThat(Instant.now()).isAfterOrEqualTo(embargo);
        assertThat(traceIdsOf(id, Topics.ARTICLES_NORMALISED)).as("trace ids on %s", Topics.ARTICLES_NORMALISED).containsExactly(traceId);
        assertThat(traceIdsOf(id, Topics.ARTICLES_ENRICHED)).as("trace ids on %s", Topics.ARTICLES_ENRICHED).containsExactly(traceId);
    }

    /** A W3C traceparent of this trace with a random parent span, not sampled (flags 00). */
    private static String traceparent(String traceId) {
        return TracedPush.traceparent(traceId, false);
    }

    private static String simpleJson(String id, String title) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", "
                + "\"body\": \"" + title + " this week, the council said (" + id + ").\", "
                + "\"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", \"source\": \"it-trace\"}";
    }

    /** A raw record as a wire feed writes it, with a {@code traceparent} header unless that is null. */
    private static ProducerRecord<byte[], byte[]> raw(String document, String traceparent) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(Topics.INGEST_RAW,
                "it-trace".getBytes(StandardCharsets.UTF_8), document.getBytes(StandardCharsets.UTF_8));
        if (traceparent != null) {
            record.headers().add(TRACEPARENT, traceparent.getBytes(StandardCharsets.US_ASCII));
        }
        return record;
    }

    /** Writes the records in one go (so that one poll is likely to take them all) and waits for Kafka's acks. */
    private static void sendRaw(List<ProducerRecord<byte[], byte[]>> records) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.KAFKA);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            for (Future<RecordMetadata> ack : sent) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static String onlyTraceIdOf(String articleId, String topic) {
        List<String> traceIds = traceIdsOf(articleId, topic);
        assertThat(traceIds).as("trace ids of %s on %s", articleId, topic).hasSize(1);
        return traceIds.get(0);
    }

    /** The trace id of each record of this article on a topic (W3C: version-traceid-spanid-flags). */
    private static List<String> traceIdsOf(String articleId, String topic) {
        return TracedPush.traceparentsOf(articleId, topic).stream()
                .map(parts -> parts == null ? "(no traceparent header)"
                        : parts.length == 4 ? parts[1] : "(malformed: " + String.join("-", parts) + ")")
                .toList();
    }
}
