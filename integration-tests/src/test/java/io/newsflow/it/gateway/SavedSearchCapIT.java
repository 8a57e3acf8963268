package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.it.TestStack;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One owner keeps at most {@code newsflow.gateway.alerts.max-searches-per-owner} saved searches (100 by default). */
class SavedSearchCapIT {

    private static final int MAX_PER_OWNER = 100;

    @Test
    void anOwnerAtTheCapMustDeleteASearchBeforeSavingAnother() {
        String key = GatewayKeys.create("reader", "saved search cap test", 100_000).key();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MAX_PER_OWNER; i++) {
            ids.add(save(key, i).then().statusCode(201).extract().jsonPath().getString("id"));
        }

        Response refused = save(key, MAX_PER_OWNER);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail")).contains(String.valueOf(MAX_PER_OWNER), "delete one");
        // Another owner is not held back by this one's searches.
        String other = save(GatewayKeys.create("reader", "saved search cap test, other", null).key(), 0)
                .then().statusCode(201).extract().jsonPath().getString("id");

        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .when().delete("/v1/searches/" + ids.get(0)).then().statusCode(204);
        save(key, MAX_PER_OWNER + 1).then().statusCode(201);
        List<String> kept = new ArrayList<>(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .when().get("/v1/searches").then().statusCode(200).extract().jsonPath().getList("items.id", String.class));
        assertThat(kept).hasSize(MAX_PER_OWNER).doesNotContain(ids.get(0));

        kept.add(other);
        for (String id : kept) {
            given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.adminKey())
                    .when().delete("/v1/searches/" + id).then().statusCode(204);
        }
    }

    private static Response save(String key, int n) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                .contentType("application/json")
                .body(Map.of("name", "harbour cranes " + n, "q", "crane", "language", List.of("en")))
                .when().post("/v1/searches");
    }
}
