package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.newsflow.launcher.Newsflow;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** API keys: the admin API, the launcher's {@code keys} command, revocation and per-key rate limits. */
class ApiKeysIT {

    @Test
    void adminCreatesAKeyThatWorksUntilRevoked() {
        Map<String, Object> created = given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .contentType("application/json")
                .body("{\"role\": \"reader\", \"name\": \"frontend\"}")
                .when().post("/v1/admin/keys")
                .then().statusCode(201)
                .extract().jsonPath().getMap("");
        String key = (String) created.get("key");
        String id = (String) created.get("id");
        assertThat(key).startsWith("nf_");

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .when().get("/v1/entities").then().statusCode(200);

        String listing = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().get("/v1/admin/keys").then().statusCode(200).extract().body().asString();
        assertThat(listing).contains(id, "frontend").doesNotContain(key).doesNotContain("hash");

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().delete("/v1/admin/keys/" + id).then().statusCode(204);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .when().get("/v1/entities").then().statusCode(401);
    }

    @Test
    void keysCreateCommandPrintsTheKeyAloneAndTheGatewayAcceptsIt() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int status;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            status = Newsflow.run(new String[] {"keys", "create", "--role", "reader", "--name", "cli test"});
        } finally {
            System.setOut(out);
        }
        String printed = captured.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).matches("nf_[A-Za-z0-9_-]{43}\\R");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, printed.strip())
                .when().get("/v1/articles").then().statusCode(200);
    }

    @Test
    void aKeyRevokedByTheLauncherIsRefusedAtOnceThoughTheGatewayHasItCached() {
        var created = GatewayKeys.create("reader", "revoke test", null);
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, created.key())
                .when().get("/v1/entities").then().statusCode(200);
        assertThat(GatewayKeys.revoke(created.id())).isTrue();
        // The revoke announces itself to every gateway; the key cache alone would take its TTL to forget it.
        await().atMost(TestStack.KEY_CACHE_TTL.minusSeconds(5)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, created.key())
                        .when().get("/v1/entities").then().statusCode(401));
    }

    @Test
    void keyOverItsRateGets429WithRetryAfter() {
        String slow = GatewayKeys.create("reader", "rate test", 1).key();
        // Sent at once: one after the other, on a loaded machine each answer can take the second that refills the
        // key's one token, and none would be refused.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.GATEWAY + "/v1/entities"))
                .header(GatewayKeys.HEADER, slow).timeout(Duration.ofSeconds(30)).build();
        List<CompletableFuture<HttpResponse<String>>> sent = IntStream.range(0, 4)
                .mapToObj(i -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString()))
                .toList();
        List<HttpResponse<String>> responses = sent.stream().map(CompletableFuture::join).toList();
        HttpResponse<String> limited = responses.stream().filter(r -> r.statusCode() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 in " + responses.stream().map(HttpResponse::statusCode).toList()));
        assertThat(Integer.parseInt(limited.headers().firstValue("Retry-After").orElseThrow())).isPositive();
        assertThat(limited.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(JsonPath.from(limited.body()).getString("type")).isEqualTo("urn:newsflow:problem:rate-limited");
        // Another key is not affected.
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/entities").then().statusCode(200);
    }

    @Test
    void healthAndOpenApiNeedNoKey() {
        for (String path : List.of("/q/health/ready", "/q/openapi", "/q/swagger-ui/")) {
            given().baseUri(TestStack.GATEWAY).when().get(path).then().statusCode(200);
        }
        String spec = given().baseUri(TestStack.GATEWAY).when().get("/q/openapi").then().extract().body().asString();
        assertThat(spec).contains("/v1/articles", "/v1/entities", "/v1/trends", "X-API-Key");
    }

    /** Metrics are for Prometheus, on the management port: the API port does not serve them, with or without a key. */
    @Test
    void metricsAreNotOnTheApiPort() {
        String onApiPort = given().baseUri(TestStack.GATEWAY).when().get("/q/metrics").then().extract().asString();
        assertThat(onApiPort).doesNotContain("newsflow_", "jvm_");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                .when().get("/q/metrics").then().statusCode(404);
        assertThat(GatewayMetrics.scrape()).contains("newsflow_stream_clients");
    }
}
