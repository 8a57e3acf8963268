package io.newsflow.it.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One caller keeps at most {@code newsflow.gateway.stream.max-per-caller} streams open (5 by default). */
class StreamCapIT {

    private static final int MAX_PER_CALLER = 5;

    @Test
    void aCallerWithAllItsStreamsOpenGets429UntilItClosesOne() throws Exception {
        String key = GatewayKeys.create("reader", "stream cap test", 100_000).key();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_PER_CALLER; i++) {
                HttpResponse<InputStream> stream = http.send(request(key), HttpResponse.BodyHandlers.ofInputStream());
                assertThat(stream.statusCode()).as("stream " + (i + 1)).isEqualTo(200);
                open.add(stream.body());
            }

            // Read as a stream too: a stream wrongly opened never ends, and the assertion must fail rather than wait.
            HttpResponse<InputStream> refused = http.send(request(key), HttpResponse.BodyHandlers.ofInputStream());
            open.add(refused.body());
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            JsonPath problem = JsonPath.from(new String(refused.body().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(problem.getString("type")).isEqualTo("urn:newsflow:problem:too-many-streams");
            assertThat(problem.getString("detail")).contains(String.valueOf(MAX_PER_CALLER), "close one");
            // Another caller is not held back by this one's streams.
            HttpResponse<InputStream> other = http.send(request(GatewayKeys.readerKey()), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(other.statusCode()).isEqualTo(200);
            open.add(other.body());

            open.remove(0).close();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                HttpResponse<InputStream> again = http.send(request(key), HttpResponse.BodyHandlers.ofInputStream());
                if (again.statusCode() == 200) {
                    open.add(again.body());
                    return true;
                }
                again.body().close();
                return false;
            });
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
    }

    private static HttpRequest request(String key) {
        return SseEvents.request("q=lighthouse", Duration.ofSeconds(30)).setHeader(GatewayKeys.HEADER, key).build();
    }
}
