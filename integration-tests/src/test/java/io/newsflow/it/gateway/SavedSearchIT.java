package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.it.Metrics;
import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A saved search: a new matching article is posted to its webhook, signed; a non-matching one is not. The gateway's
 * /q/metrics shows what an operator watches: deliveries by outcome, matches, open streams.
 */
class SavedSearchIT {

    private static final String DELIVERIES = "newsflow_webhook_deliveries_total";
    private static final String DELIVERED = "outcome=\"delivered\"";
    private static final String FAILED = "outcome=\"failed\"";
    private static final String MATCHES = "newsflow_alert_matches_total";
    private static final String STREAM_CLIENTS = "newsflow_stream_clients";
    private static final String ALERT_SENDER = "newsflow_alert_sender";
    private static final String ALERT_BEHIND = "newsflow_alert_behind_seconds";
    private static final String ALERT_HELD = "newsflow_alert_held_seconds";
    /** The IT stack's {@code stream.late-window} (NEWSFLOW_GATEWAY_STREAM_LATE_WINDOW in this module's pom), seconds. */
    private static final double LATE_WINDOW_SECONDS = 15;
    /** The gateway's alert lock (AlertLeadership.LOCK), as pg_locks shows a 64-bit advisory key: high and low halves. */
    private static final long LOCK = 0x6e66616c65727473L;
    /** The channel on which a gateway replica announces a saved or deleted search (AlertLeadership.SEARCHES_CHANGED). */
    private static final String SEARCHES_CHANGED = "newsflow_saved_searches";

    private record Delivery(Map<String, List<String>> headers, String body) {
    }

    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    /** Deliveries to the receiver's second hook, which answers the first one with a 503. */
    private final List<Delivery> flakyDeliveries = new CopyOnWriteArrayList<>();
    private final List<String> savedIds = new ArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            deliveries.add(new Delivery(exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/flaky", exchange -> {
            flakyDeliveries.add(new Delivery(exchange.getRequestHeaders(), new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(flakyDeliveries.size() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        for (String id : savedIds) {
            given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                    .when().delete("/v1/searches/" + id).then().statusCode(anyOf(is(204), is(404)));
        }
    }

    @Test
    void matchingArticleIsPostedToTheWebhookWithAValidSignature() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "ss-it-" + run;
        String webhook = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        double deliveredBefore = gatewayMetric(DELIVERIES, DELIVERED);
        double matchesBefore = gatewayMetric(MATCHES, "");
        Map<String, Object> saved = save(Map.of("name", "lighthouses", "q", "lighthouse OR phare", "source", List.of(source),
                "webhook", webhook));
        String secret = (String) saved.get("webhookSecret");
        assertThat(secret).isNotBlank();

        String match = "ss-" + run + "-match";
        String other = "ss-" + run + "-other";
        TestStack.sendRaw(
                doc(other, "Ferry timetable changes", "New crossings in July.", source),
                doc(match, "Old lighthouse restored on the coast", "The lighthouse shines again after forty years.", source));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !deliveries.isEmpty());
        // Room for a wrong second delivery to show up: the count must stay at one for three seconds.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> deliveries.size() == 1);
        Delivery delivery = deliveries.get(0);
        assertThat(delivery.body()).contains(match, "lighthouses").doesNotContain(other);
        String timestamp = delivery.headers().get("X-newsflow-timestamp").get(0);
        String signature = delivery.headers().get("X-newsflow-signature").get(0);
        assertThat(signature).isEqualTo("sha256=" + hmac(secret, timestamp + "." + delivery.body()));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(gatewayMetric(DELIVERIES, DELIVERED)).as("deliveries counted as delivered").isGreaterThanOrEqualTo(deliveredBefore + 1);
            assertThat(gatewayMetric(MATCHES, "")).as("alert matches counted").isGreaterThanOrEqualTo(matchesBefore + 1);
        });
        assertThat(gatewayMetric(ALERT_SENDER, "")).as("this gateway sends alerts").isEqualTo(1.0);
        assertThat(gatewayMetric(ALERT_BEHIND, "")).as("seconds the sender is behind new articles, once it has sent the match")
                .isGreaterThan(0.0).isLessThan(30.0);
        // Until the trailing read has passed the match (a late window after it was indexed), a sender taking over
        // would start before it; then the recorded position moves up to it.
        List<Double> held = new CopyOnWriteArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            held.add(gatewayMetric(ALERT_HELD, ""));
            assertThat(held).as("seconds the recorded position lies behind the newest article read").anyMatch(h -> h > 0.0);
            assertThat(held.get(held.size() - 1)).isLessThan(LATE_WINDOW_SECONDS);
        });

        String listing = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/searches").then().statusCode(200).extract().body().asString();
        assertThat(listing).contains((String) saved.get("id")).doesNotContain(secret);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().delete("/v1/searches/" + saved.get("id")).then().statusCode(204);
    }

    @Test
    void webhookMustBeAnHttpUrl() {
        given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .contentType("application/json")
                .body(Map.of("q", "kirkwall", "webhook", "file:///etc/passwd"))
                .when().post("/v1/searches")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * A receiver that fails once gets the same delivery again (same id and body), and then no more; the metrics count
     * it once, as delivered, not the failed attempt as a failed delivery.
     */
    @Test
    void aFailedDeliveryIsRetriedWithTheSameDeliveryId() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        double deliveredBefore = gatewayMetric(DELIVERIES, DELIVERED);
        double failedBefore = gatewayMetric(DELIVERIES, FAILED);
        String source = "ss-retry-" + run;
        save(Map.of("name", "bridges", "q", "bridge", "source", List.of(source),
                "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/flaky"));

        TestStack.sendRaw(doc("ss-" + run + "-bridge", "Swing bridge reopens", "The bridge opens to boats again.", source));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> flakyDeliveries.size() >= 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> flakyDeliveries.size() == 2);
        Delivery failed = flakyDeliveries.get(0);
        Delivery retried = flakyDeliveries.get(1);
        assertThat(retried.headers().get("X-newsflow-delivery")).isEqualTo(failed.headers().get("X-newsflow-delivery")).isNotEmpty();
        assertThat(retried.body()).isEqualTo(failed.body()).contains("ss-" + run + "-bridge");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(gatewayMetric(DELIVERIES, DELIVERED)).isGreaterThanOrEqualTo(deliveredBefore + 1));
        assertThat(gatewayMetric(DELIVERIES, FAILED)).as("failed deliveries").isEqualTo(failedBefore);
    }

    /** A client following a saved search on /v1/stream counts as an open stream while connected, and not once it leaves. */
    @Test
    void aClientFollowingASavedSearchCountsAsAStreamClientUntilItLeaves() throws Exception {
        String id = (String) save(Map.of("name", "ferries", "q", "ferry")).get("id");
        double before = gatewayMetric(STREAM_CLIENTS, "");

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<Stream<String>> response = client.send(SseEvents.request("savedSearch=" + id, Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> events = response.body()) {
            assertThat(response.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(gatewayMetric(STREAM_CLIENTS, "")).as("open streams").isEqualTo(before + 1));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(gatewayMetric(STREAM_CLIENTS, "")).as("open streams after the client left").isEqualTo(before));
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().delete("/v1/searches/" + id).then().statusCode(204);
    }

    /** An entity filter keeps to articles linked to that entity; the listing shows the filters kept. */
    @Test
    void anEntityFilterPostsOnlyArticlesLinkedToTheEntity() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "ss-entity-" + run;
        String id = (String) save(Map.of("name", "border trucks", "q", "trucks", "source", List.of(source),
                "entity", List.of("loc:liechtenstein"), "entityType", List.of("LOC"),
                "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")).get("id");

        String elsewhere = "ss-" + run + "-san-marino";
        String linked = "ss-" + run + "-liechtenstein";
        TestStack.sendRaw(
                doc(elsewhere, "Queue at the customs post", "Trucks from San Marino waited at the border on Monday.", source),
                doc(linked, "New haulage rules", "Machine parts from Liechtenstein now cross by night, and trucks pay a lower toll.", source));

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !deliveries.isEmpty());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> deliveries.size() == 1);
        assertThat(JsonPath.from(deliveries.get(0).body()).getString("article.id"))
                .as("the article posted").isEqualTo(linked);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/searches")
                .then().statusCode(200)
                .body("items.find { it.id == '" + id + "' }.entities", contains("loc:liechtenstein"))
                .body("items.find { it.id == '" + id + "' }.entityTypes", contains("loc"));
    }

    /**
     * Of several gateway instances only the one holding the alert lock sends, and one that takes over reads on from
     * where the last sender stopped. This test's own PostgreSQL session plays a second instance that takes the lock
     * when the gateway's lock session ends (as when its pod dies), then dies itself before sending anything: while it
     * holds the lock the gateway sends nothing; when it lets go, the gateway takes the lock back and posts the article
     * indexed in between, once, and the next one.
     */
    @Test
    void onlyTheInstanceHoldingTheAlertLockSendsAndATakeoverLosesNothing() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> gatewayMetric(ALERT_SENDER, "") == 1.0);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "ss-lock-" + run;
        save(Map.of("name", "windmills", "q", "windmill", "source", List.of(source),
                "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"));

        String whileOtherSends = "ss-" + run + "-gap";
        try (Connection otherInstance = TestStack.database()) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        endLockHolder(otherInstance);
                        return takeLock(otherInstance);
                    });
            await().atMost(Duration.ofSeconds(30)).until(() -> gatewayMetric(ALERT_SENDER, "") == 0.0);
            TestStack.sendRaw(doc(whileOtherSends, "Windmill turns again", "The old windmill grinds flour once more.", source));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                    given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                            .when().get("/v1/articles/" + whileOtherSends).statusCode() == 200);
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(7)).until(deliveries::isEmpty);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> gatewayMetric(ALERT_SENDER, "") == 1.0);
        String afterTakeover = "ss-" + run + "-sent";
        TestStack.sendRaw(doc(afterTakeover, "Second windmill restored", "A windmill on the dyke turns for visitors.", source));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> deliveries.size() >= 2);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(() -> deliveries.size() == 2);
        assertThat(deliveries).extracting(d -> JsonPath.from(d.body()).getString("article.id")).as("the articles posted")
                .containsExactlyInAnyOrder(whileOtherSends, afterTakeover);
    }

    /**
     * An article that became searchable late (a slow bulk), stamped as the last article the sender had matched when
     * it stopped, is still posted by the sender that takes over: the sender records how far its trailing read (the
     * one that catches late arrivals) had got, and the next one reads on from there. What it posts again carries the
     * same delivery id, a name-based id of saved search, article and version, so the receiver can drop it. The
     * handover comes within the test stack's late window (see this module's pom), before the trailing read passes
     * the article the sender matched.
     */
    @Test
    void anArticleSearchableLateJustBeforeAHandoverIsPostedByTheNextSender() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> gatewayMetric(ALERT_SENDER, "") == 1.0);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "ss-late-" + run;
        String searchId = (String) save(Map.of("name", "lanterns", "q", "lantern", "source", List.of(source),
                "webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")).get("id");

        String onTime = "ss-" + run + "-on-time";
        TestStack.sendRaw(doc(onTime, "Lantern festival opens", "A thousand lanterns float on the river.", source));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> !deliveries.isEmpty());
        // Two more cycles: the time a sender needs to record that it has posted the article.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> deliveries.size() == 1);
        // Stamped as the article just posted, and sorted before it: the first read has passed it.
        String late = "ss-" + run + "-late";
        try (Connection otherInstance = TestStack.database()) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        endLockHolder(otherInstance);
                        return takeLock(otherInstance);
                    });
            TestStack.indexStampedAt(late, source, "Lantern makers honoured", TestStack.indexedAt(onTime));
        }

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                posts(late).size() == 1 && posts(onTime).size() == 2);
        assertThat(posts(onTime)).as("the repeat of the article posted before the handover")
                .extracting(d -> d.headers().get("X-newsflow-delivery"))
                .containsOnly(List.of(deliveryId(searchId, posts(onTime).get(0))));
    }

    /**
     * Saves a search through the gateway, as a reader; returns what the gateway answered. It is deleted after the
     * test, so that no later takeover posts its matches to a receiver that has gone.
     */
    private Map<String, Object> save(Map<String, ?> search) {
        Map<String, Object> saved = given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .contentType("application/json")
                .body(search)
                .when().post("/v1/searches")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
        savedIds.add((String) saved.get("id"));
        return saved;
    }

    /** The posts the receiver got of the article {@code id}. */
    private List<Delivery> posts(String id) {
        return deliveries.stream().filter(d -> id.equals(JsonPath.from(d.body()).getString("article.id"))).toList();
    }

    /** The id the gateway gives a delivery to a saved search: name-based, of the search, the article and its version. */
    private static String deliveryId(String searchId, Delivery delivery) {
        JsonPath article = JsonPath.from(delivery.body()).setRootPath("article");
        String key = searchId + "\n" + article.getString("id") + "\n" + article.getString("version");
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * A search saved through another gateway replica is matched from the next article on: that replica's save tells
     * the sender through PostgreSQL (a notification on the channel every replica announces changes on), so the sender
     * does not wait for its next re-read of all searches (every 30 s), by when the article would have gone by. This
     * test's own PostgreSQL session plays the other replica and saves the search as it does.
     */
    @Test
    void aSearchSavedThroughAnotherReplicaIsMatchedFromTheNextArticle() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> gatewayMetric(ALERT_SENDER, "") == 1.0);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "ss-replica-" + run;
        String searchId = "ss_it" + run;
        try (Connection otherReplica = TestStack.database()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement save = otherReplica.prepareStatement("insert into gateway_saved_search"
                    + " (id, owner, name, query, sources, webhook_url, webhook_secret, created_at) values (?, ?, ?, ?, ?, ?, ?, now())");
                 PreparedStatement announce = otherReplica.prepareStatement("select pg_notify(?, '')")) {
                save.setString(1, searchId);
                // The other replica's caller: an active key, as a save through any replica records it.
                save.setString(2, GatewayKeys.create("reader", "saved through another replica", null).id());
                save.setString(3, "beacons");
                save.setString(4, "beacon");
                save.setString(5, source);
                save.setString(6, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
                save.setString(7, "beacon-secret");
                save.executeUpdate();
                announce.setString(1, SEARCHES_CHANGED);
                announce.executeQuery().close();
            }
            otherReplica.commit();

            String match = "ss-" + run + "-beacon";
            TestStack.sendRaw(doc(match, "Beacon lit on the headland", "The old beacon burns again for the festival.", source));
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !deliveries.isEmpty());
            assertThat(JsonPath.from(deliveries.get(0).body()).getString("article.id")).as("the article posted").isEqualTo(match);
        } finally {
            try (Connection otherReplica = TestStack.database();
                 PreparedStatement forget = otherReplica.prepareStatement("delete from gateway_saved_search where id = ?")) {
                forget.setString(1, searchId);
                forget.executeUpdate();
            }
        }
    }

    /** Ends the session that holds the alert lock, if it is not {@code mine}. */
    private static void endLockHolder(Connection mine) throws SQLException {
        try (PreparedStatement end = mine.prepareStatement("select count(pg_terminate_backend(pid)) from pg_locks"
                + " where locktype = 'advisory' and granted and classid::bigint = ? and objid::bigint = ? and pid <> pg_backend_pid()")) {
            end.setLong(1, LOCK >>> 32);
            end.setLong(2, LOCK & 0xffffffffL);
            end.executeQuery().close();
        }
    }

    private static boolean takeLock(Connection session) throws SQLException {
        try (PreparedStatement take = session.prepareStatement("select pg_try_advisory_lock(?)")) {
            take.setLong(1, LOCK);
            try (ResultSet taken = take.executeQuery()) {
                return taken.next() && taken.getBoolean(1);
            }
        }
    }

    /** A filter a saved search does not keep is refused, not silently dropped. */
    @Test
    void aFilterASavedSearchDoesNotKeepIsRefused() {
        given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .contentType("application/json")
                .body(Map.of("q", "harbour", "from", "2025-06-01"))
                .when().post("/v1/searches")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'from'"));
    }

    private static byte[] doc(String id, String title, String body, String source) {
        return ("{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body
                + "\", \"published\": \"2025-06-05T09:00:00Z\", \"language\": \"en\", \"source\": \"" + source + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** The sum of a family's series on the gateway's /q/metrics whose tags contain {@code tag}, as Prometheus scrapes it. */
    private static double gatewayMetric(String family, String tag) {
        return Metrics.sum(GatewayMetrics.URL, family, tag);
    }

    private static String hmac(String secret, String payload) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
