package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;

import io.newsflow.it.TestStack;
import io.newsflow.it.hostile.HostileInputs;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile query strings and parameters on every read route, and hostile bodies and content types on the
 * routes that take a body: never a 5xx, every 4xx is problem+json with a reason and no stack trace, and a valid
 * search between them still answers. The live stream, whose valid requests never end, gets requests that each carry
 * one defect it must refuse before it opens.
 */
class GeneratedHostileQueryIT {

    private static final int REQUESTS = 300;
    private static final int BODIES = 60;
    private static final List<String> ROUTES = List.of("/v1/articles", "/v1/entities", "/v1/events", "/v1/trends");
    private static final int STREAM_REQUESTS = 72;
    /** How many streams a caller may keep open (newsflow.gateway.stream.max-per-caller's default). */
    private static final int STREAMS_PER_CALLER = 5;
    private static final List<String> WRONG_ACCEPTS = List.of("application/json", "text/html", "application/xml", "image/png");
    private static final List<String> FOREIGN_EVENT_IDS = List.of("~no-time", "-5~x", "99999999999999999999~x", "abc~x",
            "1".repeat(401) + "~x", "12");
    private static final List<String> NOT_INSTANTS = List.of("yesterday", "2025-02-30", "+99999-01-01T00:00:00Z",
            "-5000-01-01T00:00:00Z", "0999-12-31T23:59:59Z", "1733000000");

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

    /**
     * Each stream request carries generated parameters and one defect: a query that cannot parse, an entity type that
     * is none, a {@code since} that is no instant the API takes, more sources than a filter takes, a value longer than
     * one takes, a Last-Event-ID the stream never sent, or an Accept it cannot serve. Each is refused at once with a
     * 4xx problem+json: a stream opened instead would never end, and is reported as such. The caller's stream slots
     * are all free afterwards (a refused request must not keep one), and a valid stream still opens.
     */
    @Test
    void hostileStreamRequestsAreRefusedWithoutOpeningAStream() throws Exception {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        String key = GatewayKeys.create("reader", "hostile stream test", 100_000).key();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        SoftAssertions softly = new SoftAssertions();

        for (int i = 0; i < STREAM_REQUESTS; i++) {
            Map<String, String> parameters = new LinkedHashMap<>(inputs.queryParameters());
            String accept = "text/event-stream";
            String lastEventId = null;
            String noise = parameters.getOrDefault("q", "");
            switch (i % 7) {
                case 0 -> parameters.put("q", noise + " AND (");
                case 1 -> parameters.put("entityType", "X" + noise);
                case 2 -> parameters.put("since", NOT_INSTANTS.get(i / 7 % NOT_INSTANTS.size()));
                case 3 -> parameters.put("source", IntStream.range(0, 60).mapToObj(n -> "s" + n).collect(Collectors.joining(",")));
                case 4 -> parameters.put("language", "l".repeat(201));
                case 5 -> lastEventId = FOREIGN_EVENT_IDS.get(i / 7 % FOREIGN_EVENT_IDS.size());
                default -> accept = WRONG_ACCEPTS.get(i / 7 % WRONG_ACCEPTS.size());
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.GATEWAY + "/v1/stream?" + query(parameters)))
                    .header(GatewayKeys.HEADER, key)
                    .header("Accept", accept)
                    .timeout(Duration.ofSeconds(20));
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            String what = "seed=" + seed + " #" + i + " GET /v1/stream " + parameters.keySet() + " Accept: " + accept
                    + (lastEventId == null ? "" : " Last-Event-ID: " + lastEventId);
            // Read as a stream: a stream wrongly opened never ends, and the assertion must fail rather than wait.
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/event-stream")) {
                response.body().close();
                softly.fail(what + " opened a stream (" + response.statusCode() + " " + type + ")");
                continue;
            }
            String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
            String answer = what + " -> " + response.statusCode() + " " + body.substring(0, Math.min(200, body.length()));
            softly.assertThat(response.statusCode()).as(answer).isIn(400, 406);
            softly.assertThat(type).as(answer).startsWith("application/problem+json");
            softly.assertThat(body).as(answer).contains("\"detail\"").doesNotContain("Exception", "\tat ", "127.0.0.1");
        }
        softly.assertAll();

        // All of the caller's streams at once: a refusal that kept a slot would leave fewer than that to open.
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < STREAMS_PER_CALLER; i++) {
                HttpResponse<InputStream> stream = http.send(SseEvents.request("q=lighthouse", Duration.ofSeconds(20))
                        .setHeader(GatewayKeys.HEADER, key).build(), HttpResponse.BodyHandlers.ofInputStream());
                open.add(stream.body());
                softly.assertThat(stream.statusCode()).as("stream %d of the caller after the refusals", i + 1).isEqualTo(200);
            }
        } finally {
            for (InputStream stream : open) {
                stream.close();
            }
        }
        softly.assertAll();
    }

    private static String query(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
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
