package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Write routes through the gateway: an ingester pushes an article that becomes searchable; a curator extracts; a
 * browser page of an allowed origin may change a feed; the backends behind the gateway take no connection from
 * another machine.
 */
class WriteRoutesIT {

    @Test
    void ingesterPushesAnArticleThroughTheGateway() {
        String key = GatewayKeys.create("ingester", "write routes test", null).key();
        String id = "gw-push-" + UUID.randomUUID();
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"title\": \"Tramway opens in Aarhus\", \"body\": \"The first tram line of Aarhus opened on Sunday.\", "
                        + "\"published\": \"2025-06-06T09:00:00Z\", \"language\": \"en\", \"source\": \"gw-push\"}")
                .when().post("/v1/ingest")
                .then().statusCode(202);
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                        .when().get("/v1/articles/" + id)
                        .then().statusCode(200));
    }

    @Test
    void curatorRunsExtractionThroughTheGateway() {
        String key = GatewayKeys.create("curator", "write routes test", null).key();
        List<Object> entities = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body("{\"title\": \"Macron meets Scholz in Hamburg\", \"body\": \"French President Emmanuel Macron met Chancellor Olaf Scholz in Hamburg.\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .extract().jsonPath().getList("extraction.entities");
        assertThat(entities).isNotEmpty();

        // The same extraction in the eval's system-output format, as ./newsflow extract prints it.
        JsonPath eval = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json").queryParam("format", "eval")
                .body("{\"id\": \"d1\", \"title\": \"Macron meets Scholz in Hamburg\", \"body\": \"French President Emmanuel Macron met Chancellor Olaf Scholz in Hamburg.\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .extract().jsonPath();
        assertThat(eval.getString("id")).isEqualTo("d1");
        assertThat(eval.getString("language")).isEqualTo("en");
        assertThat(eval.getList("entities.mentions.text.flatten()", String.class)).contains("Hamburg");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json").queryParam("format", "xml").body("{\"title\": \"x\"}")
                .when().post("/v1/extract")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /**
     * An ingester reads through the gateway what the ledger recorded of a push it sent, with the reason; a new
     * version refused for a missing headline shows in the article's history.
     */
    @Test
    void ingesterReadsTheLedgerOfRejectedPushes() {
        String key = GatewayKeys.create("ingester", "ledger test", null).key();
        String id = "gw-ledger-" + UUID.randomUUID();
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"title\": \"Ferry strike called off\", \"body\": \"Crossings resume.\"}")
                .when().post("/v1/ingest")
                .then().statusCode(202);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"version\": 2, \"body\": \"A new version without a headline.\"}")
                .when().post("/v1/ingest")
                .then().statusCode(400);

        List<Map<String, Object>> rejected = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .queryParam("outcome", "rejected").queryParam("channel", "http").queryParam("limit", "50")
                .when().get("/v1/ledger")
                .then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(rejected).as("the latest rejected pushes, recorded under the item's id")
                .filteredOn(entry -> id.equals(entry.get("articleId")))
                .singleElement()
                .satisfies(entry -> assertThat((String) entry.get("reason")).contains("missing-field", "headline"));

        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().get("/v1/articles/{id}", id)
                        .then().statusCode(200)
                        .extract().jsonPath().getList("history.outcome", String.class))
                        .as("the article's history").containsExactly("ACCEPTED", "REJECTED"));

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key).queryParam("limit", "abc")
                .when().get("/v1/ledger")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aBrowserPageOfAnAllowedOriginMayChangeAFeed() {
        given().baseUri(TestStack.GATEWAY)
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "X-API-Key,Content-Type")
                .when().options("/v1/feeds/some-feed")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Methods", containsString("PATCH"));
    }

    /** Only the configured origins: a page of any other may not call the API from a browser. */
    @Test
    void aBrowserPageOfAnotherOriginIsNotAllowed() {
        Response preflight = given().baseUri(TestStack.GATEWAY)
                .header("Origin", "http://harbour-notices.example")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "X-API-Key,Content-Type")
                .when().options("/v1/feeds/some-feed");
        assertThat(preflight.header("Access-Control-Allow-Origin")).as("preflight").isNull();

        Response read = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .header("Origin", "http://harbour-notices.example")
                .when().get("/v1/entities");
        assertThat(read.header("Access-Control-Allow-Origin")).as("simple request").isNull();
    }

    /** The backends have no keys: on the local stack they listen on the loopback address only, the gateway on all. */
    @Test
    void theBackendsTakeNoConnectionFromAnotherMachine() throws Exception {
        InetAddress external = null;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (nic.isUp() && !address.isLoopbackAddress() && address instanceof Inet4Address) {
                    external = address;
                }
            }
        }
        assumeTrue(external != null, "this machine has no address but the loopback one");

        assertThat(connects(external, URI.create(TestStack.GATEWAY).getPort())).as("gateway").isTrue();
        for (String backend : List.of("newsflow.ingest", "newsflow.extract", "newsflow.index")) {
            int port = URI.create(System.getProperty(backend)).getPort();
            assertThat(connects(external, port)).as("%s on %s:%d", backend, external.getHostAddress(), port).isFalse();
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 2_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
