package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Write routes through the gateway: an ingester pushes an article that becomes searchable; a curator extracts. */
class WriteRoutesIT {

    @Test
    void ingesterPushesAnArticleThroughTheGateway() {
        String key = GatewayKeys.create("ingester", "write routes test", null).key();
        String id = "gw-push-" + UUID.randomUUID();
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body("{\"id\": \"" + id + "\", \"title\": \"Tramway opens in Sfax\", \"body\": \"The first tram line of Sfax opened on Sunday.\", "
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
                .body("{\"title\": \"Macron meets Scholz in Berlin\", \"body\": \"French President Emmanuel Macron met Chancellor Olaf Scholz in Berlin.\"}")
                .when().post("/v1/extract")
                .then().statusCode(200)
                .extract().jsonPath().getList("extraction.entities");
        assertThat(entities).isNotEmpty();
    }
}
