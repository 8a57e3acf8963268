package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.it.TestStack;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gateway never answers a bad request with a 500: a corpus of wrong requests, each with the status and the
 * problem+json type it must get, and no stack trace or internal address in the body.
 */
class BadRequestCorpusIT {

    private static final String ADMIN = "admin";
    private static final String READER = "reader";
    private static final String INGESTER = "ingester";
    private static final String CURATOR = "curator";
    private static final String NONE = "none";
    private static final String WRONG = "wrong";

    static Stream<Arguments> corpus() {
        return Stream.of(
                // query syntax
                bad("unclosed phrase", READER, "GET", "/v1/articles", Map.of("q", "\"kirkwall defence"), 400, "query-syntax"),
                bad("dangling AND", READER, "GET", "/v1/articles", Map.of("q", "kirkwall AND"), 400, "query-syntax"),
                bad("unbalanced parenthesis", READER, "GET", "/v1/articles", Map.of("q", "(kirkwall OR lerwick"), 400, "query-syntax"),
                bad("stray closing parenthesis", READER, "GET", "/v1/articles", Map.of("q", "kirkwall)"), 400, "query-syntax"),
                bad("unknown field", READER, "GET", "/v1/articles", Map.of("q", "author:smith"), 400, "query-syntax"),
                bad("field without value", READER, "GET", "/v1/articles", Map.of("q", "title:"), 400, "query-syntax"),
                bad("too many terms", READER, "GET", "/v1/articles", Map.of("q", "w ".repeat(60)), 400, "query-syntax"),
                bad("query too long", READER, "GET", "/v1/articles", Map.of("q", "x".repeat(1_001)), 400, "invalid-parameter"),
                bad("syntax error on the stream", READER, "GET", "/v1/stream", Map.of("q", "OR"), 400, "query-syntax"),
                // page sizes and numbers
                bad("limit not a number", READER, "GET", "/v1/articles", Map.of("limit", "abc"), 400, "invalid-parameter"),
                bad("absurd limit", READER, "GET", "/v1/articles", Map.of("limit", "1000000"), 400, "invalid-parameter"),
                bad("zero limit", READER, "GET", "/v1/articles", Map.of("limit", "0"), 400, "invalid-parameter"),
                bad("negative offset", READER, "GET", "/v1/articles", Map.of("offset", "-1"), 400, "invalid-parameter"),
                bad("offset past 10,000", READER, "GET", "/v1/articles", Map.of("offset", "9990", "limit", "20"), 400, "invalid-parameter"),
                bad("huge integer", READER, "GET", "/v1/events", Map.of("limit", "99999999999999999999"), 400, "invalid-parameter"),
                bad("entity limit", READER, "GET", "/v1/entities", Map.of("limit", "-3"), 400, "invalid-parameter"),
                bad("boolean that is not", READER, "GET", "/v1/articles", Map.of("facets", "maybe"), 400, "invalid-parameter"),
                bad("unknown sort", READER, "GET", "/v1/articles", Map.of("sort", "popularity"), 400, "invalid-parameter"),
                bad("unknown entity type", READER, "GET", "/v1/articles", Map.of("entityType", "ANIMAL"), 400, "invalid-parameter"),
                // dates
                bad("word as a date", READER, "GET", "/v1/articles", Map.of("from", "yesterday"), 400, "invalid-parameter"),
                bad("impossible date", READER, "GET", "/v1/articles", Map.of("to", "2025-02-30"), 400, "invalid-parameter"),
                bad("from after to", READER, "GET", "/v1/articles", Map.of("from", "2025-06-02", "to", "2025-06-01"), 400, "invalid-parameter"),
                bad("bad event date", READER, "GET", "/v1/events", Map.of("from", "02/06/2025"), 400, "invalid-parameter"),
                bad("bad trends window", READER, "GET", "/v1/trends", Map.of("window", "forever"), 400, "invalid-parameter"),
                bad("bad trends time", READER, "GET", "/v1/trends", Map.of("at", "noon"), 400, "invalid-parameter"),
                bad("trends window past any duration", READER, "GET", "/v1/trends", Map.of("window", "200000000000000d"), 400, "invalid-parameter"),
                bad("trends baseline past any duration", READER, "GET", "/v1/trends", Map.of("baseline", "999999999999999999m"), 400, "invalid-parameter"),
                bad("trends at the first instant", READER, "GET", "/v1/trends",
                        Map.of("at", "-999999999-01-01T00:00:00Z", "window", "90d", "baseline", "365d"), 400, "invalid-parameter"),
                bad("stream since the last instant", READER, "GET", "/v1/stream", Map.of("since", "+999999999-01-01T00:00:00Z"), 400, "invalid-parameter"),
                bad("stream since the first instant", READER, "GET", "/v1/stream", Map.of("since", "-999999999-01-01T00:00:00Z"), 400, "invalid-parameter"),
                bad("search from a five-digit year", READER, "GET", "/v1/articles", Map.of("from", "+20250-01-01T00:00:00Z"), 400, "invalid-parameter"),
                bad("bad bounding box", READER, "GET", "/v1/events", Map.of("bbox", "91,0,0,10"), 400, "invalid-parameter"),
                // cursors
                bad("forged cursor", READER, "GET", "/v1/articles", Map.of("cursor", "not-a-cursor"), 400, "invalid-parameter"),
                bad("cursor of JSON null", READER, "GET", "/v1/articles", Map.of("cursor", "bnVsbA"), 400, "invalid-parameter"),
                bad("cursor with offset", READER, "GET", "/v1/articles", Map.of("cursor", "start", "offset", "20"), 400, "invalid-parameter"),
                bad("cursor with collapse", READER, "GET", "/v1/articles", Map.of("cursor", "start", "collapse", "true"), 400, "invalid-parameter"),
                // unknown ids and routes
                bad("unknown article", READER, "GET", "/v1/articles/no-such-article-" + System.nanoTime(), Map.of(), 404, "http-404"),
                bad("unknown entity", READER, "GET", "/v1/entities/no-such-entity-" + System.nanoTime(), Map.of(), 404, "http-404"),
                bad("unknown key to revoke", ADMIN, "DELETE", "/v1/admin/keys/key_nosuchkey", Map.of(), 404, "http-404"),
                bad("unknown route", READER, "GET", "/v1/nothing-here", Map.of(), 404, "http-404"),
                // methods, types
                bad("wrong method", READER, "DELETE", "/v1/articles", Map.of(), 405, "http-405"),
                bad("unacceptable type", READER, "GET", "/v1/articles", Map.of("__accept", "text/csv"), 406, "http-406"),
                bad("wrong content type", ADMIN, "POST", "/v1/admin/keys", Map.of("__body", "role=admin", "__type", "application/x-www-form-urlencoded"), 415, "http-415"),
                bad("malformed JSON", ADMIN, "POST", "/v1/admin/keys", Map.of("__body", "{\"role\": ", "__type", "application/json"), 400, "malformed-body"),
                bad("unknown role", ADMIN, "POST", "/v1/admin/keys", Map.of("__body", "{\"role\": \"emperor\"}", "__type", "application/json"), 400, "invalid-parameter"),
                bad("extract without body", ADMIN, "POST", "/v1/extract", Map.of("__body", "", "__type", "application/json"), 400, "invalid-parameter"),
                // who may call
                bad("no key", NONE, "GET", "/v1/articles", Map.of(), 401, "unauthorized"),
                bad("wrong key", WRONG, "GET", "/v1/articles", Map.of(), 401, "unauthorized"),
                bad("garbage bearer token", NONE, "GET", "/v1/entities", Map.of("__bearer", "not.a.jwt"), 401, "unauthorized"),
                bad("no key on the stream", NONE, "GET", "/v1/stream", Map.of(), 401, "unauthorized"),
                bad("reader on the admin API", READER, "GET", "/v1/admin/keys", Map.of(), 403, "forbidden"),
                bad("reader pushing articles", READER, "POST", "/v1/ingest", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                bad("reader running extraction", READER, "POST", "/v1/extract", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                // an ingester pushes and reads feeds, but only an admin changes them; it neither extracts nor curates
                bad("ingester creating a feed", INGESTER, "POST", "/v1/feeds", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                bad("ingester changing a feed", INGESTER, "PATCH", "/v1/feeds/harbour-notices", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                bad("ingester polling a feed", INGESTER, "POST", "/v1/feeds/harbour-notices/poll", Map.of(), 403, "forbidden"),
                bad("ingester deleting a feed", INGESTER, "DELETE", "/v1/feeds/harbour-notices", Map.of(), 403, "forbidden"),
                bad("ingester running extraction", INGESTER, "POST", "/v1/extract", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                bad("ingester curating entities", INGESTER, "GET", "/v1/curation/entities/Q1", Map.of(), 403, "forbidden"),
                bad("ingester on the admin API", INGESTER, "GET", "/v1/admin/keys", Map.of(), 403, "forbidden"),
                // a curator extracts and curates, but neither pushes articles, reads the ledger or feeds, nor manages keys
                bad("curator pushing articles", CURATOR, "POST", "/v1/ingest", Map.of("__body", "{}", "__type", "application/json"), 403, "forbidden"),
                bad("curator reading the ledger", CURATOR, "GET", "/v1/ledger", Map.of(), 403, "forbidden"),
                bad("curator reading feeds", CURATOR, "GET", "/v1/feeds", Map.of(), 403, "forbidden"),
                bad("curator deleting a feed", CURATOR, "DELETE", "/v1/feeds/harbour-notices", Map.of(), 403, "forbidden"),
                bad("curator on the admin API", CURATOR, "POST", "/v1/admin/keys", Map.of("__body", "{\"role\": \"admin\"}", "__type", "application/json"), 403, "forbidden"),
                bad("body too large", ADMIN, "POST", "/v1/ingest", Map.of("__body", "x".repeat(9 * 1024 * 1024), "__type", "application/json"), 413, "too-large"));
    }

    /** Entity types differing only in case were each kept, and fifteen of them overflowed their column: a 500. */
    @Test
    void aSavedSearchKeepsEachEntityTypeOnceWhateverItsCase() {
        List<String> types = List.of("person", "Person", "pErson", "peRson", "perSon", "persOn", "persoN", "PErson",
                "PeRson", "PerSon", "PersOn", "PersoN", "pERson", "pErSon", "pErsOn", "LOC", "loc");
        Response saved = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .contentType("application/json")
                .body(Map.of("name", "harbour people", "q", "harbour", "entityType", types))
                .when().post("/v1/searches");

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(201);
        assertThat(saved.jsonPath().getList("entityTypes", String.class)).containsExactly("person", "loc");
        given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().delete("/v1/searches/" + saved.jsonPath().getString("id"))
                .then().statusCode(204);
    }

    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    /** One key of this role for the whole corpus. */
    private static String keyOf(String role) {
        return KEYS.computeIfAbsent(role, r -> GatewayKeys.create(r, "bad request corpus", 100_000).key());
    }

    private static Arguments bad(String name, String who, String method, String path, Map<String, String> params, int status, String type) {
        return Arguments.of(name, who, method, path, params, status, type);
    }

    @ParameterizedTest(name = "{0}: {5}")
    @MethodSource("corpus")
    void badRequestGetsAHelpfulProblem(String name, String who, String method, String path, Map<String, String> params,
                                       int status, String type) {
        RequestSpecification request = given().baseUri(TestStack.GATEWAY).urlEncodingEnabled(true);
        switch (who) {
            case ADMIN -> request.header(GatewayKeys.HEADER, GatewayKeys.adminKey());
            case READER -> request.header(GatewayKeys.HEADER, GatewayKeys.readerKey());
            case INGESTER, CURATOR -> request.header(GatewayKeys.HEADER, keyOf(who));
            case WRONG -> request.header(GatewayKeys.HEADER, "nf_thisKeyWasNeverIssuedByAnyoneAtAll000000");
            default -> {
            }
        }
        params.forEach((k, v) -> {
            switch (k) {
                case "__body" -> request.body(v);
                case "__type" -> request.contentType(v);
                case "__accept" -> request.accept(v);
                case "__bearer" -> request.header("Authorization", "Bearer " + v);
                default -> request.queryParam(k, v);
            }
        });
        Response response = request.when().request(method, path);

        assertThat(response.statusCode()).as(name + ": " + response.body().asString()).isEqualTo(status);
        assertThat(response.contentType()).as(name).startsWith("application/problem+json");
        Map<String, Object> problem = response.jsonPath().getMap("");
        assertThat(problem.get("type")).as(name).isEqualTo("urn:newsflow:problem:" + type);
        assertThat(problem.get("status")).isEqualTo(status);
        assertThat((String) problem.get("detail")).as(name).isNotBlank();
        String body = response.body().asString();
        assertThat(body).as(name + " leaks internals").doesNotContain("Exception", "\tat ", "127.0.0.1", "localhost", ":18081", ":18082", ":19200", ":15432");
        if (status == 401) {
            assertThat(response.header("WWW-Authenticate")).contains("X-API-Key");
        }
    }
}
