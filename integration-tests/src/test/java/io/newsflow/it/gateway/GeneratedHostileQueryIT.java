package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;

import io.newsflow.it.TestStack;
import io.newsflow.it.hostile.HostileInputs;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile query strings and parameters on every read route: never a 5xx, every 4xx is problem+json with
 * a reason and no stack trace, and a valid search between them still answers.
 */
class GeneratedHostileQueryIT {

    private static final int REQUESTS = 300;
    private static final List<String> ROUTES = List.of("/v1/articles", "/v1/entities", "/v1/events", "/v1/trends");

    @Test
    void hostileParametersNeverBreakTheGateway() {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        String key = GatewayKeys.readerKey();
        SoftAssertions softly = new SoftAssertions();

        for (int i = 0; i < REQUESTS; i++) {
            String route = ROUTES.get(i % ROUTES.size());
            Map<String, String> parameters = inputs.queryParameters();
            Response response = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                    .urlEncodingEnabled(true).queryParams(parameters)
                    .when().get(route);
            String what = "seed=" + seed + " #" + i + " GET " + route + " " + parameters.keySet();
            softly.assertThat(response.statusCode()).as(what).isIn(200, 400, 404);
            if (response.statusCode() >= 400) {
                String body = response.asString();
                String answer = what + " -> " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
                softly.assertThat(response.contentType()).as(answer).startsWith("application/problem+json");
                softly.assertThat(body).as(answer).contains("\"detail\"").doesNotContain("Exception", "\tat ", "127.0.0.1");
            }
            if (i % 25 == 0) {
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key).queryParam("q", "rome")
                        .when().get("/v1/articles")
                        .then().statusCode(200);
            }
        }

        softly.assertAll();
    }
}
