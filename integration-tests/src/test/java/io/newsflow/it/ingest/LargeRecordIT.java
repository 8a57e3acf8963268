package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Records over Kafka's default 1 MB, within the 5 MB document limit: a dead letter carrying such a document and an
 * article with such a body are written, so that the partition moves on and nothing is sent again and again.
 */
class LargeRecordIT {

    /** About 1.3 MB of prose: more than a producer takes by default. */
    private static final String LONG_BODY = "Harbour cranes were inspected one by one before the night shift. ".repeat(20_000);

    @Test
    void documentOverOneMegabyteWithOneBadItemIsDeadLetteredOnceAndTheRestIndexed() throws Exception {
        String marker = IngestStack.marker();
        List<String> good = List.of(IngestStack.id("large-good-1"), IngestStack.id("large-good-2"));
        String bad = IngestStack.id("large-bad");
        String behind = IngestStack.id("large-behind");
        byte[] document = ("[" + item(good.get(0), "Crane inspection starts " + marker, "Two cranes first.", null) + ", "
                + item(bad, "Crane inspection log " + marker, LONG_BODY, "the day after tomorrow") + ", "
                + item(good.get(1), "Crane inspection ends " + marker, "All cranes passed.", null) + "]")
                .getBytes(StandardCharsets.UTF_8);
        byte[] next = item(behind, "Night shift resumes " + marker, "Ships are loaded again.", null)
                .getBytes(StandardCharsets.UTF_8);
        assertThat(document.length).isGreaterThan(1024 * 1024);

        TestStack.sendRaw(document, next);

        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrder(good.get(0), good.get(1), behind));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<byte[], byte[]>> dead = IngestStack.readAll(Topics.INGEST_DEAD_LETTER, Duration.ofSeconds(10))
                    .stream()
                    .filter(r -> bad.equals(TestStack.header(r, "dead-letter-item")))
                    .toList();
            assertThat(dead).hasSize(1);
            assertThat(TestStack.header(dead.get(0), Topics.DEAD_LETTER_REASON_HEADER)).startsWith("bad-date");
            assertThat(dead.get(0).value()).isEqualTo(document);
        });
    }

    @Test
    void articleOverOneMegabyteIsPublished() {
        String id = IngestStack.id("large-article");
        String document = item(id, "Crane inspection in full " + IngestStack.marker(), LONG_BODY, null);

        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("published", Matchers.equalTo(1))
                .body("items[0].outcome", Matchers.equalTo("ACCEPTED"));
    }

    private static String item(String id, String title, String body, String published) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\", \"language\": \"en\""
                + (published == null ? "" : ", \"published\": \"" + published + "\"") + "}";
    }

}
