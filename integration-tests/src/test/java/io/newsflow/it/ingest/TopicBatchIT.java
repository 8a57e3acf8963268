package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.Topics;
import io.newsflow.it.TestStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/** The topic is consumed a poll at a time; a bad record in the middle goes to the dead-letter topic alone. */
class TopicBatchIT {

    @Test
    void badRecordInABatchIsDeadLetteredAloneAndTheOthersAreIndexed() throws Exception {
        String marker = IngestStack.marker();
        List<String> ids = new ArrayList<>();
        List<byte[]> records = new ArrayList<>();
        byte[] bad = ("<rss version=\"2.0\"><channel><title>" + marker + "</title><item>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 20; i++) {
            String id = IngestStack.id("batch-" + i);
            ids.add(id);
            records.add(("{\"id\": \"" + id + "\", \"title\": \"Tram line " + i + " reopens " + marker + "\","
                    + " \"body\": \"Trams run again on line " + i + " after repairs.\", \"language\": \"en\"}")
                    .getBytes(StandardCharsets.UTF_8));
            if (i == 9) {
                records.add(bad);
            }
        }

        TestStack.sendRaw(records.toArray(byte[][]::new));

        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrderElementsOf(ids));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> dead = IngestStack
                    .readAll(Topics.INGEST_DEAD_LETTER, Duration.ofSeconds(3)).stream()
                    .filter(r -> r.value() != null && new String(r.value(), StandardCharsets.UTF_8).contains(marker))
                    .toList();
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).value()).isEqualTo(bad);
            Header reason = dead.get(0).headers().lastHeader(Topics.DEAD_LETTER_REASON_HEADER);
            assertThat(new String(reason.value(), StandardCharsets.UTF_8)).startsWith("malformed-xml");
        });
    }
}
