package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Search features against the real stack, on three articles of a source of their own (so other tests' articles
 * never interfere): query syntax, filters, facets, highlights, cursor paging, article history, entities, stream.
 */
class GatewaySearchIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SOURCE = "gw-it-" + RUN;
    private static final String STRIKE = "gw-" + RUN + "-strike";
    private static final String GREVE = "gw-" + RUN + "-greve";
    private static final String FERRY = "gw-" + RUN + "-ferry";

    @BeforeAll
    static void indexThreeArticles() throws Exception {
        TestStack.sendRaw(
                article(STRIKE, "Harbour workers strike in Edinburgh", "Dock workers in Edinburgh walked out on Monday over pay and night shifts.", "2025-06-02T09:00:00Z", "en"),
                article(GREVE, "Grève des dockers à Édimbourg", "Les dockers d'Édimbourg ont cessé le travail lundi pour réclamer des hausses de salaire.", "2025-06-03T09:00:00Z", "fr"),
                article(FERRY, "Edinburgh ferry timetable changes for summer", "The harbour ferry adds night crossings from Edinburgh in July.", "2025-06-04T09:00:00Z", "en"));
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(search(Map.of("source", SOURCE)).getInt("total")).isEqualTo(3));
    }

    private static byte[] article(String id, String title, String body, String published, String language) {
        return ("{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\", \"published\": \""
                + published + "\", \"language\": \"" + language + "\", \"source\": \"" + SOURCE + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static RequestSpecification api() {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey());
    }

    private static JsonPath search(Map<String, String> params) {
        return api().queryParams(params).when().get("/v1/articles").then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.id");
    }

    @Test
    void fieldPhraseQueryFindsOnlyTheTitleThatHasThePhrase() {
        assertThat(ids(search(Map.of("source", SOURCE, "q", "title:\"workers strike\"")))).containsExactly(STRIKE);
    }

    @Test
    void booleanOperatorsCombine() {
        assertThat(ids(search(Map.of("source", SOURCE, "q", "Edinburgh -ferry")))).contains(STRIKE).doesNotContain(FERRY);
        assertThat(ids(search(Map.of("source", SOURCE, "q", "ferry OR dockers")))).containsExactlyInAnyOrder(FERRY, GREVE);
        assertThat(ids(search(Map.of("source", SOURCE, "q", "lang:fr")))).containsExactly(GREVE);
    }

    @Test
    void frenchQueryIsAnalysedAsFrench() {
        // "salaires" and "salaire" share the French stem.
        assertThat(ids(search(Map.of("source", SOURCE, "q", "salaires")))).containsExactly(GREVE);
    }

    @Test
    void dateRangeAndLanguageFilter() {
        assertThat(ids(search(Map.of("source", SOURCE, "from", "2025-06-03", "to", "2025-06-03")))).containsExactly(GREVE);
        assertThat(ids(search(Map.of("source", SOURCE, "language", "en", "sort", "time")))).containsExactly(FERRY, STRIKE);
    }

    @Test
    void facetsCountLanguagesSourcesAndDays() {
        JsonPath page = search(Map.of("source", SOURCE, "facets", "true"));
        List<Map<String, Object>> languages = page.getList("facets.languages");
        assertThat(languages).extracting(l -> l.get("key") + "=" + l.get("count")).containsExactlyInAnyOrder("en=2", "fr=1");
        assertThat(page.getList("facets.sources.key")).containsExactly(SOURCE);
        assertThat(page.getList("facets.timeline")).hasSize(3);
    }

    @Test
    void matchesAreHighlighted() {
        JsonPath page = search(Map.of("source", SOURCE, "q", "strike"));
        assertThat(page.getList("items[0].highlights.headline", String.class)).singleElement().asString().contains("<em>strike</em>");
    }

    @Test
    void cursorPagesThroughEveryResultOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = "start";
        for (int page = 0; page < 5 && cursor != null; page++) {
            JsonPath p = search(Map.of("source", SOURCE, "sort", "time", "limit", "1", "cursor", cursor));
            seen.addAll(ids(p));
            cursor = p.getString("nextCursor");
        }
        assertThat(seen).containsExactly(FERRY, GREVE, STRIKE);
        assertThat(cursor).isNull();
    }

    @Test
    void articleComesWithItsLedgerHistory() {
        JsonPath detail = api().when().get("/v1/articles/" + STRIKE).then().statusCode(200).extract().jsonPath();
        assertThat(detail.getString("headline")).isEqualTo("Harbour workers strike in Edinburgh");
        assertThat(detail.getBoolean("historyAvailable")).isTrue();
        assertThat(detail.getList("history.outcome", String.class)).isNotEmpty();
    }

    @Test
    void anEntityNamedInTheQueryIsReportedAndItsPageCountsItsArticles() {
        // Entities are written after their articles, and the search caches what a name matches for a minute (an
        // earlier search may have asked before they were written): wait for both rather than for the articles alone.
        AtomicReference<String> found = new AtomicReference<>();
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<String> named = api().queryParam("q", "Edinburgh").when().get("/v1/entities")
                    .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
            assertThat(named).as("entities named Edinburgh").isNotEmpty();
            JsonPath page = search(Map.of("source", SOURCE, "q", "Edinburgh"));
            assertThat(page.getList("matchedEntities.id", String.class)).as("entities a search for Edinburgh reports").contains(named.get(0));
            found.set(named.get(0));
        });
        String id = found.get();
        JsonPath entity = api().when().get("/v1/entities/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(entity.getLong("articles")).isPositive();
        assertThat(entity.getList("timeline")).isNotEmpty();
    }

    /**
     * Cross-lingual entity search: the French article says "Édimbourg", never "Edinburgh", and no article is in
     * Arabic; a search for the place in English or in Arabic script finds every article linked to it.
     */
    @Test
    void aPlaceNamedInAnyLanguageFindsTheArticlesLinkedToIt() {
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(ids(search(Map.of("source", SOURCE, "q", "Edinburgh")))).containsExactlyInAnyOrder(STRIKE, GREVE, FERRY);
            assertThat(ids(search(Map.of("source", SOURCE, "q", "إدنبرة")))).containsExactlyInAnyOrder(STRIKE, GREVE, FERRY);
        });
    }

    @Test
    void streamSendsNewArticlesAndResumesAfterLastEventId() throws Exception {
        List<String> first = readStream(null, 3);
        assertThat(first).hasSize(3);
        List<String> resumed = readStream(first.get(0), 2);
        assertThat(resumed).containsExactly(first.get(1), first.get(2));
    }

    /** The SSE event ids of the first {@code count} events of a stream of this test's source. */
    private static List<String> readStream(String lastEventId, int count) throws Exception {
        HttpRequest.Builder request = SseEvents.request("since=2000-01-01&source=" + SOURCE, Duration.ofSeconds(30));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (ids.size() < count && it.hasNext()) {
                String line = it.next();
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).strip());
                }
            }
        }
        return ids;
    }
}
