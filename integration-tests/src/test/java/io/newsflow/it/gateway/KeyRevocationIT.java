package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What revoking a key stops: the key itself on every replica at once, and the saved searches it owns, which an admin
 * can still list and delete.
 */
class KeyRevocationIT {

    /** The channel on which a gateway replica announces a revoked key's hash (KeyRevocationListener.CHANNEL). */
    private static final String KEY_REVOKED = "newsflow_key_revoked";

    private final List<String> revokedHook = new CopyOnWriteArrayList<>();
    private final List<String> controlHook = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/revoked", exchange -> {
            revokedHook.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.createContext("/control", exchange -> {
            controlHook.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void aRevokedKeysSavedSearchPostsNothingAndAnAdminCanListAndDeleteIt() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String source = "revoke-it-" + run;
        String hooks = "http://127.0.0.1:" + receiver.getAddress().getPort();
        var stolen = GatewayKeys.create("reader", "stolen key " + run, null);
        String revokedSearch = save(stolen.key(), Map.of("name", "windmills", "language", List.of("en"),
                "source", List.of(source), "webhook", hooks + "/revoked"));
        String controlSearch = save(GatewayKeys.readerKey(), Map.of("name", "windmills (control)", "q", "windmill",
                "source", List.of(source), "webhook", hooks + "/control"));

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().delete("/v1/admin/keys/" + stolen.id()).then().statusCode(204);
        String match = "revoke-" + run + "-windmill";
        TestStack.sendRaw(("{\"id\": \"" + match + "\", \"title\": \"Old windmill grinds flour again\", \"body\": "
                + "\"The windmill's sails turned for the first time in decades.\", \"published\": \"2025-06-05T09:00:00Z\", "
                + "\"language\": \"en\", \"source\": \"" + source + "\"}").getBytes(StandardCharsets.UTF_8));

        // The control search, saved by a live key, gets the article: the sender has read it past both searches.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> !controlHook.isEmpty());
        assertThat(JsonPath.from(controlHook.get(0)).getString("article.id")).isEqualTo(match);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4)).until(revokedHook::isEmpty);

        String listed = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .queryParam("owner", stolen.id())
                .when().get("/v1/searches").then().statusCode(200).extract().asString();
        assertThat(JsonPath.from(listed).getList("items.id", String.class)).containsExactly(revokedSearch);
        assertThat(JsonPath.from(listed).getString("items[0].webhookUrl")).isEqualTo(hooks + "/revoked");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("owner", stolen.id())
                .when().get("/v1/searches").then().statusCode(403).contentType("application/problem+json");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().delete("/v1/searches/" + revokedSearch).then().statusCode(204);
        assertThat(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .queryParam("owner", stolen.id())
                .when().get("/v1/searches").then().statusCode(200).extract().jsonPath().getList("items")).isEmpty();
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().delete("/v1/searches/" + controlSearch).then().statusCode(204);
    }

    /**
     * Another replica revokes a key: it announces the key's hash on the channel every gateway listens on (done here
     * with JDBC, as that replica's transaction would). This gateway, which has the key cached as active, refuses it
     * at once rather than once its cache entry expires: the wait for the refusal ends well before the cache TTL.
     */
    @Test
    void aKeyRevokedOnAnotherReplicaIsRefusedAtOnce() throws Exception {
        var created = GatewayKeys.create("reader", "replica revoke test", null);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, created.key())
                .when().get("/v1/entities").then().statusCode(200);

        try (Connection otherReplica = TestStack.database()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement revoke = otherReplica.prepareStatement(
                         "update gateway_api_key set revoked_at = now() where id = ?");
                 PreparedStatement announce = otherReplica.prepareStatement("select pg_notify(?, ?)")) {
                revoke.setString(1, created.id());
                assertThat(revoke.executeUpdate()).isEqualTo(1);
                announce.setString(1, KEY_REVOKED);
                announce.setString(2, HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(created.key().getBytes(StandardCharsets.UTF_8))));
                announce.executeQuery().close();
            }
            otherReplica.commit();
        }

        await().atMost(TestStack.KEY_CACHE_TTL.minusSeconds(5)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, created.key())
                        .when().get("/v1/entities").then().statusCode(401));
    }

    private static String save(String key, Map<String, ?> search) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body(search)
                .when().post("/v1/searches")
                .then().statusCode(201)
                .extract().jsonPath().getString("id");
    }
}
