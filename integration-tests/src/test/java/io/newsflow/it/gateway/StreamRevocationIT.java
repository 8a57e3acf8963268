package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A live stream ends when the key it was opened with is revoked: at once, with one "problem" event, whether the
 * revoke was made by this gateway's admin route or announced by another replica (here the launcher, which announces
 * on the same channel as a replica's revoke); and, on a gateway that missed the announcement because its listening
 * session was down, as soon as that session is back.
 */
class StreamRevocationIT {

    @Test
    void aStreamEndsAtOnceWhenItsKeyIsRevokedElsewhere() throws Exception {
        var stolen = GatewayKeys.create("reader", "stream revoked elsewhere", null);
        assertStreamEndsWhenRevoked(stolen.key(), () -> assertThat(GatewayKeys.revoke(stolen.id())).isTrue());
    }

    @Test
    void aStreamEndsAtOnceWhenItsKeyIsRevokedThroughTheAdminRoute() throws Exception {
        var stolen = GatewayKeys.create("reader", "stream revoked by admin", null);
        assertStreamEndsWhenRevoked(stolen.key(), () -> given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().delete("/v1/admin/keys/" + stolen.id()).then().statusCode(204));
    }

    /**
     * The revoke is committed without being heard here: the row is marked revoked with no announcement (what this
     * gateway misses while its listening session is down), then that session is ended. The gateway listens again
     * within its 5-s retry, and then ends the streams of keys that were revoked meanwhile.
     */
    @Test
    void aStreamWhoseRevokeWasMissedEndsWhenTheGatewayListensAgain() throws Exception {
        var stolen = GatewayKeys.create("reader", "stream revoke missed", null);
        assertStreamEndsWhenRevoked(stolen.key(), () -> {
            try (Connection database = TestStack.database();
                 PreparedStatement revoke = database.prepareStatement("update gateway_api_key set revoked_at = now() where id = ?");
                 PreparedStatement listenerDown = database.prepareStatement("select count(pg_terminate_backend(pid)) "
                         + "from pg_stat_activity where application_name = 'newsflow-key-revocations'")) {
                revoke.setString(1, stolen.id());
                assertThat(revoke.executeUpdate()).isEqualTo(1);
                try (ResultSet ended = listenerDown.executeQuery()) {
                    assertThat(ended.next() && ended.getLong(1) > 0).as("the gateway's listening session was ended").isTrue();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }, Duration.ofSeconds(30));
    }

    private static void assertStreamEndsWhenRevoked(String key, Runnable revoke) throws Exception {
        assertStreamEndsWhenRevoked(key, revoke, Duration.ofSeconds(5));
    }

    private static void assertStreamEndsWhenRevoked(String key, Runnable revoke, Duration within) throws Exception {
        String source = "stream-revoke-" + UUID.randomUUID().toString().substring(0, 8);
        Instant sent = Instant.now();
        String first = source + "-lock-keeper";
        // A text of its own: two articles alike but for their ids would be taken for one.
        TestStack.sendRaw(("{\"id\": \"" + first + "\", \"title\": \"Lock keeper of " + source + " retires\", "
                + "\"body\": \"The lock at " + source + " will be run from the town hall.\", \"published\": \"2025-06-07T09:00:00Z\", "
                + "\"language\": \"en\", \"source\": \"" + source + "\"}").getBytes(StandardCharsets.UTF_8));
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                        .when().get("/v1/articles/{id}", first).then().statusCode(200));
        // From before the article was sent, so that the stream's first event is that article: then it is live.
        CompletableFuture<HttpResponse<Stream<String>>> answer = HttpClient.newHttpClient().sendAsync(
                SseEvents.request("source=" + source + "&since=" + sent.minusSeconds(10), Duration.ofMinutes(3))
                        .setHeader(GatewayKeys.HEADER, key).build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = answer.get(1, TimeUnit.MINUTES);
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            Iterator<String> events = lines.iterator();
            assertThat(SseEvents.nameOfEventWith(events, first, Duration.ofMinutes(1))).as("the stream is live").isEqualTo("article");

            revoke.run();

            assertThat(SseEvents.nameOfEventWith(events, "key-revoked", within))
                    .as("the stream tells its client why it ends").isEqualTo("problem");
            CompletableFuture<Boolean> ended = CompletableFuture.supplyAsync(() -> {
                while (events.hasNext()) {
                    events.next();
                }
                return true;
            });
            assertThat(ended.get(5, TimeUnit.SECONDS)).as("the gateway closed the stream").isTrue();
        }
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .when().get("/v1/stream?source=" + source).then().statusCode(401);
    }
}
