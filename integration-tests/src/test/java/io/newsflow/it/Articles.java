package io.newsflow.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A batch of simple-JSON articles under one fresh source name, the updates and malformed records a test sends
 * beside them, and what the gateway and the dead-letter topics show of them.
 */
public final class Articles {

    private static final Duration DEAD_LETTERS_WRITTEN = Duration.ofSeconds(30);

    private final String source = "it-" + UUID.randomUUID();
    private final List<String> ids = new ArrayList<>();
    private final Set<String> updated = new HashSet<>();
    private final List<String> malformed = new ArrayList<>();

    /**
     * Builds {@code count} distinct English articles; {@link #raw()} gives their raw records. Each text names the
     * batch, since ingest-service rightly treats the same text under another id as a duplicate.
     */
    public static Articles of(int count) {
        Articles articles = new Articles();
        for (int i = 0; i < count; i++) {
            articles.ids.add(articles.source + "-" + i);
        }
        return articles;
    }

    public String source() {
        return source;
    }

    public List<String> ids() {
        return ids;
    }

    /** Version 1 of every article. */
    public byte[][] raw() {
        byte[][] raw = new byte[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            raw[i] = ("{\"id\": \"" + ids.get(i) + "\", \"version\": 1, \"title\": \"Port workers meet mayor, round " + i + "\", "
                    + "\"body\": \"Port workers met the mayor of Kirkwall on Monday to discuss pay, round " + i + " of talks (" + source + ").\", "
                    + "\"published\": \"2025-06-02T09:00:00Z\", \"language\": \"en\", \"source\": \"" + source + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }

    /**
     * Version 2 of the first {@code count} articles, with new text so that it is an update, not a re-submission;
     * from now on version 2 is the one these articles must show.
     */
    public byte[][] updates(int count) {
        byte[][] raw = new byte[count][];
        for (int i = 0; i < count; i++) {
            updated.add(ids.get(i));
            raw[i] = ("{\"id\": \"" + ids.get(i) + "\", \"version\": 2, "
                    + "\"title\": \"Port workers reach a deal with the mayor, round " + i + "\", "
                    + "\"body\": \"Port workers and the mayor of Kirkwall agreed on pay on Tuesday, round " + i
                    + " (" + source + ").\", \"published\": \"2025-06-03T09:00:00Z\", \"language\": \"en\", "
                    + "\"source\": \"" + source + "\"}").getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }

    /** A new raw record cut off mid-document, naming the batch; it must end in the ingest dead-letter topic. */
    public byte[] malformed() {
        String record = "{\"id\": \"" + source + "-broken-" + malformed.size() + "\", \"title\": \"Port workers meet";
        malformed.add(record);
        return record.getBytes(StandardCharsets.UTF_8);
    }

    /** The ids the gateway finds under this batch's source, each as often as it appears. */
    public List<String> searchable() {
        return found().stream().map(item -> (String) item.get("id")).toList();
    }

    /** True when every article is searchable exactly once. */
    public boolean allSearchableOnce() {
        List<String> found = searchable();
        Set<String> distinct = new HashSet<>(found);
        return found.size() == ids.size() && distinct.equals(new HashSet<>(ids));
    }

    /**
     * What a fault must not change: waits until every article is searchable exactly once in its newest version,
     * then asserts that the ingest dead-letter topic holds exactly this batch's malformed records and the extract
     * and index dead-letter topics nothing of this batch.
     */
    public void assertDeliveredOnceInNewestVersion(Duration within) {
        assertDelivered(within, false);
    }

    /**
     * As {@link #assertDeliveredOnceInNewestVersion}, across a restart of the Kafka broker: a malformed record may be
     * dead-lettered twice (ingest-service's dead letters are written at least once: the broker can go between
     * acknowledging them and the commit of the poll's offsets), but the repeat names the same raw record, so a
     * reader of the dead letters can drop it; nothing else is repeated.
     */
    public void assertDeliveredOnceInNewestVersionAcrossABrokerRestart(Duration within) {
        assertDelivered(within, true);
    }

    private void assertDelivered(Duration within, boolean deadLettersMayRepeat) {
        Map<String, Integer> newest = new HashMap<>();
        ids.forEach(id -> newest.put(id, updated.contains(id) ? 2 : 1));
        await().atMost(within).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            List<Map<String, Object>> found = found();
            assertThat(found).as("articles of %s, each once", source).hasSize(ids.size());
            Map<String, Integer> versions = new HashMap<>();
            found.forEach(item -> versions.put((String) item.get("id"), ((Number) item.get("version")).intValue()));
            assertThat(versions).as("version of each article of %s", source).isEqualTo(newest);
        });
        await().atMost(DEAD_LETTERS_WRITTEN).untilAsserted(() -> {
            List<ConsumerRecord<byte[], byte[]>> deadLetters = deadLettered(Topics.INGEST_DEAD_LETTER);
            assertThat(deadLetters).as("the raw record each dead letter names")
                    .allSatisfy(r -> assertThat(TestStack.header(r, Topics.DEAD_LETTER_TOPIC_HEADER)).isEqualTo(Topics.INGEST_RAW));
            Map<String, String> byRawRecord = new HashMap<>();
            deadLetters.forEach(r -> byRawRecord.put(TestStack.header(r, Topics.DEAD_LETTER_PARTITION_HEADER) + "@"
                    + TestStack.header(r, Topics.DEAD_LETTER_OFFSET_HEADER), text(r)));
            assertThat(deadLettersMayRepeat ? List.copyOf(byRawRecord.values()) : deadLetters.stream().map(Articles::text).toList())
                    .as("records of %s in %s", source, Topics.INGEST_DEAD_LETTER)
                    .containsExactlyInAnyOrderElementsOf(malformed);
        });
        for (String topic : List.of(Topics.EXTRACT_DEAD_LETTER, Topics.INDEX_DEAD_LETTER)) {
            assertThat(deadLettered(topic)).as("records of %s in %s", source, topic).isEmpty();
        }
    }

    /** The records of {@code topic} that name this batch. */
    private List<ConsumerRecord<byte[], byte[]>> deadLettered(String topic) {
        return TestStack.readAll(topic, DEAD_LETTERS_WRITTEN).stream()
                .filter(r -> text(r).contains(source))
                .toList();
    }

    private static String text(ConsumerRecord<byte[], byte[]> record) {
        return record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8);
    }


    /** The gateway's items under this batch's source. */
    private List<Map<String, Object>> found() {
        return given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("source", source)
                .queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
