package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;

import io.newsflow.it.TestStack;
import io.newsflow.it.hostile.HostileInputs;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile query strings and parameters on every read route, and hostile bodies and content types on the
 * routes that take a body: never a 5xx, every 4xx is problem+json with a reason and no stack trace, and a valid
 * search between them still answers.
 */
class GeneratedHostileQueryIT {

    private static final int REQUESTS = 300;
    private static final int BODIES = 60;
    private static final List<String> ROUTES = List.of("/v1/articles", "/v1/entities", "/v1/events", "/v1/trends");

    @Test
    void hostileParametersNeverBreakTheGateway() {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        ExtremeValues extremes = new ExtremeValues(seed);
        String key = GatewayKeys.readerKey();
        SoftAssertions softly = new SoftAssertions();

        for (int i = 0; i < REQUESTS; i++) {
            String route = ROUTES.get(i % ROUTES.size());
            Map<String, String> parameters = new LinkedHashMap<>(inputs.queryParameters());
            if (i % 3 == 0) {
                extremes.add(parameters);
            }
            Response response = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key)
                    .urlEncodingEnabled(true).queryParams(parameters)
                    .when().get(route);
            String what = "seed=" + seed + " #" + i + " GET " + route + " " + parameters.keySet();
            softly.assertThat(response.statusCode()).as(what).isIn(200, 400, 404);
            checkRefusal(softly, what, response);
            if (i % 25 == 0) {
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, key).queryParam("q", "kirkwall")
                        .when().get("/v1/articles")
                        .then().statusCode(200);
            }
        }

        softly.assertAll();
    }

    /** Saving a search (a reader) and running extraction (a curator), with hostile JSON bodies and content types. */
    @Test
    void hostileBodiesNeverBreakTheGateway() {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        String curator = GatewayKeys.create("curator", "hostile bodies test", null).key();
        byte[] search = "{\"name\": \"harbours\", \"q\": \"harbour OR port\", \"language\": [\"en\"]}".getBytes(StandardCharsets.UTF_8);
        byte[] document = "{\"title\": \"Port strike\", \"body\": \"Dockers stopped work on Monday.\", \"language\": \"en\"}"
                .getBytes(StandardCharsets.UTF_8);
        SoftAssertions softly = new SoftAssertions();

        for (int i = 0; i < BODIES; i++) {
            boolean saving = i % 2 == 0;
            HostileInputs.Document hostile = inputs.document(saving ? search : document);
            RequestSpecification request = given().baseUri(TestStack.GATEWAY)
                    .header(GatewayKeys.HEADER, saving ? GatewayKeys.readerKey() : curator)
                    .body(hostile.body());
            if (hostile.contentType() != null) {
                request.contentType(hostile.contentType());
            }
            Response response = request.when().post(saving ? "/v1/searches" : "/v1/extract");
            String what = "seed=" + seed + " #" + i + " POST " + (saving ? "/v1/searches " : "/v1/extract ") + hostile.mutation();
            softly.assertThat(response.statusCode()).as(what).isIn(200, 201, 400, 413, 415);
            checkRefusal(softly, what, response);
            if (response.statusCode() == 201) {
                given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                        .when().delete("/v1/searches/" + response.jsonPath().getString("id"));
            }
        }
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey()).queryParam("q", "kirkwall")
                .when().get("/v1/articles")
                .then().statusCode(200);

        softly.assertAll();
    }

    /** A refusal is problem+json with a reason and nothing of the gateway's insides. */
    private static void checkRefusal(SoftAssertions softly, String what, Response response) {
        if (response.statusCode() >= 400) {
            String body = response.asString();
            String answer = what + " -> " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
            softly.assertThat(response.contentType()).as(answer).startsWith("application/problem+json");
            softly.assertThat(body).as(answer).contains("\"detail\"").doesNotContain("Exception", "\tat ", "127.0.0.1");
        }
    }
}
