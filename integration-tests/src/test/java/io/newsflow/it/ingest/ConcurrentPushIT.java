package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Many clients push versions of one new article at the same moment: each push is answered (none fails because
 * another writer of the id got there first), and the versions are decided one after another, so the article has one
 * first version and a reader ends up with the newest.
 */
class ConcurrentPushIT {

    private static final int VERSIONS = 8;
    private static final int COPIES = 3;

    private static String item(String id, int version, String marker) {
        return "{\"id\": \"" + id + "\", \"version\": " + version + ", \"title\": \"Reservoir level report " + version
                + " " + marker + "\", \"body\": \"The reservoir stood at " + (40 + version) + " per cent this morning.\","
                + " \"language\": \"en\", \"source\": \"it-ingest\"}";
    }

    @Test
    void concurrentPushesOfOneNewIdAreAllAnsweredAndDecidedOneAfterAnother() throws Exception {
        String id = IngestStack.id("concurrent");
        String marker = IngestStack.marker();
        ExecutorService clients = Executors.newFixedThreadPool(VERSIONS * COPIES);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> pushes = new ArrayList<>();
        try {
            for (int version = 1; version <= VERSIONS; version++) {
                String body = item(id, version, marker);
                for (int copy = 0; copy < COPIES; copy++) {
                    pushes.add(clients.submit(() -> {
                        start.await();
                        return IngestStack.push(body, "application/json");
                    }));
                }
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            List<Integer> publishedVersions = new ArrayList<>();
            for (Future<Response> push : pushes) {
                Response answer = push.get(120, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(202);
                String outcome = answer.jsonPath().getString("items[0].outcome");
                outcomes.add(outcome);
                if (outcome.equals("ACCEPTED") || outcome.equals("UPDATED")) {
                    publishedVersions.add(answer.jsonPath().getInt("items[0].version"));
                }
            }

            assertThat(outcomes).filteredOn("ACCEPTED"::equals).hasSize(1);
            // Each version is published at most once, whichever of its copies came first; the newest always is.
            assertThat(publishedVersions).doesNotHaveDuplicates().contains(VERSIONS);
        } finally {
            clients.shutdownNow();
        }
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                IngestStack.article(id).then().statusCode(200)
                        .body("headline", Matchers.startsWith("Reservoir level report " + VERSIONS + " ")));
    }
}
