package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An article that becomes searchable long after index-service stamped it (a slow bulk request on a loaded
 * cluster) still reaches an open live stream. Two articles are written straight into Elasticsearch, as
 * index-service writes them: one on time, which the stream sends, then one stamped before it, which the stream's
 * first read has passed by then. The test stack runs the gateway with a 15-s late window (see this module's pom),
 * so the trailing read sends it within about 15 s.
 */
class StreamLateArticleIT {

    private static final String SOURCE = "late-it-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void anArticleShownLongAfterItsStampStillReachesTheStream() throws Exception {
        indexAnArticleOfThisSource();
        Instant opened = Instant.now();
        HttpRequest request = SseEvents.request("source=" + SOURCE + "&since=" + opened.minusSeconds(10), Duration.ofSeconds(90))
                .build();
        // Sent before anything is written: the gateway may answer only with its first event.
        CompletableFuture<HttpResponse<Stream<String>>> answer = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        String onTime = "on-time-" + UUID.randomUUID();
        String late = "late-" + UUID.randomUUID();

        TestStack.indexStampedAt(onTime, SOURCE, "Late ferry timetable " + onTime, Instant.now());
        HttpResponse<Stream<String>> response = answer.get(90, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            Iterator<String> events = lines.iterator();
            assertThat(SseEvents.nameOfEventWith(events, onTime, Duration.ofMinutes(1))).as("the article written on time, on the stream")
                    .isEqualTo("article");
            // Stamped before the one the stream has just sent, but searchable only now.
            TestStack.indexStampedAt(late, SOURCE, "Late ferry timetable " + late, opened.minusSeconds(2));
            assertThat(SseEvents.nameOfEventWith(events, late, Duration.ofMinutes(1))).as("the late article, on the stream")
                    .isEqualTo("article");
        }
    }

    /** One article of this test's source through the pipeline, so that the articles index exists. */
    private static void indexAnArticleOfThisSource() throws Exception {
        String id = "late-first-" + UUID.randomUUID();
        TestStack.sendRaw(("{\"id\": \"" + id + "\", \"title\": \"Ferry timetable changes\", "
                + "\"body\": \"The winter timetable starts on Monday.\", \"published\": \"2025-06-03T09:00:00Z\", "
                + "\"language\": \"en\", \"source\": \"" + SOURCE + "\"}").getBytes(StandardCharsets.UTF_8));
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/{id}", id)
                        .then().statusCode(200));
    }
}
