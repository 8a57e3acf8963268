package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.ArticleRetention;
import io.newsflow.search.EventIndex;
import io.newsflow.search.client.ElasticsearchClients;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

/**
 * Articles are filed by the month of their first creation, one index per month behind the read alias: the
 * gateway finds them all, a new version of an old article replaces it in its month even when the update names
 * another month, a kill removes it, and dropping the oldest month removes only that month's articles.
 */
class MonthlyArticlesIT {

    private static final String INGEST = System.getProperty("newsflow.ingest", "http://127.0.0.1:18081");
    private static final String GATEWAY = System.getProperty("newsflow.gateway", "http://127.0.0.1:18080");
    private static final Duration PIPELINE = Duration.ofSeconds(90);

    private final String source = "it-index-" + UUID.randomUUID();
    private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    /** A simple-JSON item; {@code firstCreated} null leaves it out, as some feeds do on updates. */
    private String item(String id, int version, YearMonth firstCreated, String published, String title, String status) {
        return "{\"id\": \"" + id + "\", \"version\": " + version + ", \"title\": \"" + title + " " + marker + "\", "
                + "\"body\": \"Dockers in the harbour voted on the new contract (" + id + "). Union leaders met port managers in Hamburg on Monday.\", "
                + (firstCreated == null ? "" : "\"firstcreated\": \"" + firstCreated.atDay(3) + "T08:00:00Z\", ")
                + "\"published\": \"" + published + "\", \"language\": \"en\", \"source\": \"" + source + "\", "
                + "\"pubstatus\": \"" + status + "\"}";
    }

    private static void push(String body) {
        given().baseUri(INGEST).contentType("application/json").body(body)
                .when().post("/v1/ingest")
                .then().statusCode(202);
    }

    private static RequestSpecification gateway() {
        return given().baseUri(GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey());
    }

    private List<String> searchIds() {
        List<Map<String, Object>> items = gateway().queryParam("q", marker).queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().map(item -> (String) item.get("id")).sorted().toList();
    }

    /** Which concrete indices hold each id, as Elasticsearch says through the read alias. */
    private static Map<String, List<String>> indicesOf(List<String> ids) {
        String body = "{\"size\": 100, \"_source\": false, \"query\": {\"ids\": {\"values\": [\""
                + String.join("\",\"", ids) + "\"]}}}";
        List<Map<String, Object>> hits = given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json").body(body)
                .when().post("/" + ArticleIndex.ALIAS + "/_search")
                .then().statusCode(200)
                .extract().jsonPath().getList("hits.hits");
        return hits.stream().collect(Collectors.groupingBy(hit -> (String) hit.get("_id"),
                Collectors.mapping(hit -> (String) hit.get("_index"), Collectors.toList())));
    }

    /** How many events of these articles the events index holds. */
    private static int eventsOf(List<String> articleIds) {
        String body = "{\"query\": {\"terms\": {\"article_id\": [\"" + String.join("\",\"", articleIds) + "\"]}}}";
        given().baseUri(TestStack.ELASTICSEARCH).when().post("/" + EventIndex.ALIAS + "/_refresh").then().statusCode(200);
        return given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json").body(body)
                .when().post("/" + EventIndex.ALIAS + "/_count")
                .then().statusCode(200)
                .extract().jsonPath().getInt("count");
    }

    @Test
    void articlesOfEachMonthLiveInTheirMonthAndTheOldestMonthCanBeDropped() throws Exception {
        // Months before anything else the tests write (ReindexIT uses 1950-1979, the others the 2020s), so that
        // dropping the oldest month touches only ours.
        YearMonth oldest = YearMonth.of(1900 + ThreadLocalRandom.current().nextInt(30), 1 + ThreadLocalRandom.current().nextInt(12));
        YearMonth middle = oldest.plusMonths(5);
        YearMonth newest = oldest.plusMonths(13);
        String a = source + "-a";
        String b = source + "-b";
        String c = source + "-c";
        push(item(a, 1, oldest, oldest.atDay(3) + "T08:00:00Z", "Dockers vote", "usable"));
        push(item(b, 1, middle, middle.atDay(3) + "T08:00:00Z", "Dockers vote again", "usable"));
        push(item(c, 1, newest, newest.atDay(3) + "T08:00:00Z", "Dockers vote once more", "usable"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(searchIds()).containsExactly(a, b, c));
        assertThat(indicesOf(List.of(a, b, c))).isEqualTo(Map.of(
                a, List.of(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, oldest)),
                b, List.of(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, middle)),
                c, List.of(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, newest))));

        // An update without firstcreated (ingest then takes its own date, months later) still replaces the old one.
        push(item(a, 2, null, "2026-03-04T10:00:00Z", "Dockers accept deal", "usable"));
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                gateway().when().get("/v1/articles/{id}", a).then().statusCode(200)
                        .body("version", org.hamcrest.Matchers.equalTo(2))
                        .body("headline", org.hamcrest.Matchers.startsWith("Dockers accept deal")));
        assertThat(searchIds()).containsExactly(a, b, c);
        assertThat(indicesOf(List.of(a))).isEqualTo(Map.of(a, List.of(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, oldest))));

        push(item(b, 2, middle, middle.atDay(4) + "T08:00:00Z", "Dockers vote again", "canceled"));
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(searchIds()).containsExactly(a, c);
            gateway().when().get("/v1/articles/{id}", b).then().statusCode(404);
        });

        assertThat(eventsOf(List.of(a))).as("events of the oldest month's article").isPositive();
        int eventsOfC = eventsOf(List.of(c));
        try (RestClient rest = ElasticsearchClients.restClient(TestStack.ELASTICSEARCH, null, null)) {
            List<String> dropped = ArticleRetention.dropBefore(ElasticsearchClients.blocking(rest), oldest.plusMonths(1));
            assertThat(dropped).containsExactly(ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION, oldest));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(searchIds()).containsExactly(c);
            gateway().when().get("/v1/articles/{id}", a).then().statusCode(404);
            gateway().when().get("/v1/articles/{id}", c).then().statusCode(200);
        });
        assertThat(eventsOf(List.of(a))).as("events of the dropped month").isZero();
        assertThat(eventsOf(List.of(c))).as("events of a month kept").isEqualTo(eventsOfC).isPositive();
    }

    @Test
    void aMonthIndexOfAnOlderMappingTakesArticlesOfTheCurrentOne() throws Exception {
        // A month no other test writes (this class's other test drops months before 1932, ReindexIT uses 1950-1979).
        YearMonth month = YearMonth.of(1935 + ThreadLocalRandom.current().nextInt(14), 1 + ThreadLocalRandom.current().nextInt(12));
        String older = ArticleIndex.monthIndex(ArticleIndex.MAPPING_VERSION - 1, month);
        ObjectNode mapping = (ObjectNode) new ObjectMapper().readTree(ArticleIndex.mappingJson());
        ObjectNode properties = (ObjectNode) mapping.path("mappings").path("properties");
        properties.remove(List.of(ArticleIndex.ENTITY_TYPES, ArticleIndex.ENTITY_KEYS, ArticleIndex.EVENT_PLACES));
        mapping.putObject("aliases").putObject(ArticleIndex.ALIAS);
        ((ObjectNode) mapping.get("aliases")).putObject(ArticleIndex.monthAlias(month)).put("is_write_index", true);
        given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json").body(mapping.toString())
                .when().put("/" + older)
                .then().statusCode(200);
        String id = source + "-old-mapping";

        push("{\"id\": \"" + id + "\", \"title\": \"Ministers meet in Hamburg " + marker + "\", "
                + "\"body\": \"Defence ministers met in Hamburg on Friday.\", \"firstcreated\": \"" + month.atDay(3) + "T08:00:00Z\", "
                + "\"published\": \"" + month.atDay(3) + "T08:00:00Z\", \"language\": \"en\", \"source\": \"" + source + "\"}");

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(gateway().queryParam("q", marker).queryParam("entityType", "LOC").when().get("/v1/articles")
                        .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).containsExactly(id));
        assertThat(indicesOf(List.of(id))).isEqualTo(Map.of(id, List.of(older)));
    }
}
