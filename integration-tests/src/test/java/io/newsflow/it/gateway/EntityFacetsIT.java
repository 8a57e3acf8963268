package io.newsflow.it.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the gateway counts and filters on the entities of articles, against the real stack: entity facets per
 * type, the entity-type and place filters, co-mentions on an entity's page, and trends. Three articles of a source
 * of their own, published on a day no other test uses, so that the trends window holds only them.
 */
class EntityFacetsIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String SOURCE = "facets-it-" + RUN;
    private static final String MEETING_EN = "facets-" + RUN + "-meeting-en";
    private static final String MEETING_FR = "facets-" + RUN + "-meeting-fr";
    private static final String FERRY = "facets-" + RUN + "-ferry";

    @BeforeAll
    static void indexThreeArticles() throws Exception {
        TestStack.sendRaw(
                article(MEETING_EN, "en", "Defence ministers to meet in Edinburgh",
                        "Defence ministers of five European countries will meet in Edinburgh on Friday, Norwegian Defence Minister "
                                + "Marit Halvorsen said. Their last meeting was held in Aberdeen."),
                article(MEETING_FR, "fr", "Les ministres de la Défense réunis à Édimbourg",
                        "Les ministres de la Défense de cinq pays européens se réuniront vendredi à Édimbourg, a annoncé la "
                                + "ministre norvégienne Marit Halvorsen. La réunion précédente s'est tenue à Aberdeen."),
                article(FERRY, "en", "Ferry timetable changes for summer",
                        "The operator adds night crossings in July and more seats on the morning boats."));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(search(Map.of("source", SOURCE)).getInt("total")).isEqualTo(3));
    }

    private static byte[] article(String id, String language, String title, String body) {
        return ("{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body
                + "\", \"published\": \"2024-02-10T09:00:00Z\", \"language\": \"" + language + "\", \"source\": \"" + SOURCE + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static RequestSpecification api() {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey());
    }

    private static JsonPath search(Map<String, String> params) {
        return api().queryParams(params).when().get("/v1/articles").then().statusCode(200).extract().jsonPath();
    }

    /** The id the facets give the place named {@code name}. */
    private static String placeId(String name) {
        List<Map<String, Object>> places = search(Map.of("source", SOURCE, "facets", "true")).getList("facets.entities.LOC");
        return places.stream().filter(p -> name.equals(p.get("name"))).map(p -> (String) p.get("key")).findFirst().orElseThrow();
    }

    @Test
    void facetsNameTheTopEntitiesOfEachTypeWithTheirArticleCounts() {
        JsonPath page = search(Map.of("source", SOURCE, "facets", "true"));

        List<Map<String, Object>> places = page.getList("facets.entities.LOC");
        assertThat(places).extracting(p -> p.get("name") + "=" + p.get("count")).contains("Edinburgh=2", "Aberdeen=2");
        assertThat(page.getList("facets.entities.PERSON.name", String.class)).anyMatch(name -> name.contains("Halvorsen"));
    }

    /**
     * The meeting both articles announce is an event (04, consult) in Edinburgh on the Friday after publication, found by
     * type, place, day and a box around Edinburgh, in either language; a box elsewhere finds neither.
     */
    @Test
    void eventsAreFoundByTypePlaceDayAndBox() {
        String edinburgh = placeId("Edinburgh");
        Map<String, String> meeting = Map.of("type", "04", "place", edinburgh, "from", "2024-02-16", "to", "2024-02-16", "limit", "100");
        assertThat(events(meeting, "56.5,-3.8,55.4,-2.6")).contains(MEETING_EN, MEETING_FR);
        assertThat(events(meeting, "-10,110,-45,155")).doesNotContain(MEETING_EN, MEETING_FR);
    }

    /** The articles of the events answering these parameters and box. */
    private static List<String> events(Map<String, String> params, String bbox) {
        return api().queryParams(params).queryParam("bbox", bbox).when().get("/v1/events")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.article_id", String.class);
    }

    @Test
    void entityTypeAndPlaceFiltersKeepTheArticlesNamingThem() {
        assertThat(search(Map.of("source", SOURCE, "entityType", "person")).getList("items.id", String.class))
                .containsExactlyInAnyOrder(MEETING_EN, MEETING_FR);
        assertThat(search(Map.of("source", SOURCE, "place", placeId("Edinburgh"))).getList("items.id", String.class))
                .containsExactlyInAnyOrder(MEETING_EN, MEETING_FR);
        assertThat(search(Map.of("source", SOURCE, "place", "Edinburgh")).getList("items.id", String.class))
                .containsExactlyInAnyOrder(MEETING_EN, MEETING_FR);
    }

    @Test
    void anEntityPageNamesWhatItIsMentionedWithButNotItself() {
        String edinburgh = placeId("Edinburgh");

        JsonPath entity = api().when().get("/v1/entities/" + edinburgh).then().statusCode(200).extract().jsonPath();

        List<Map<String, Object>> co = entity.getList("coMentioned");
        assertThat(co).extracting(c -> c.get("id")).doesNotContain(edinburgh);
        assertThat(co).extracting(c -> c.get("name")).contains("Aberdeen");
        assertThat(co).allSatisfy(c -> assertThat(((Number) c.get("articles")).longValue()).isPositive());
    }

    @Test
    void trendsOfTheDayNameItsEntitiesOfTheTypeAsked() {
        JsonPath trends = api().queryParams(Map.of("at", "2024-02-10T23:00:00Z", "window", "24h", "baseline", "7d",
                        "type", "LOC", "minCount", "1"))
                .when().get("/v1/trends").then().statusCode(200).extract().jsonPath();

        assertThat(trends.getList("entities.name", String.class)).contains("Edinburgh", "Aberdeen");
        assertThat(trends.getList("entities.type", String.class)).containsOnly("LOC");
    }
}
