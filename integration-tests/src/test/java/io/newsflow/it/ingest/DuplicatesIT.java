package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Exact re-submissions make one article; the same story rewritten by another source shares a cluster id. */
class DuplicatesIT {

    private static final String STORY = "At least 14 people were killed and more than 200 injured when a magnitude 6.1"
            + " earthquake struck the eastern Turkish province of Malatya early on Tuesday, the disaster agency AFAD said."
            + " The quake hit at 04:12 local time at a depth of 10 kilometres near the town of Putturge. Rescue teams"
            + " searched collapsed buildings in Malatya and neighbouring Elazig, where dozens of homes were damaged.";
    private static final String REWRITE = "An earthquake of magnitude 6.1 shook Malatya province in eastern Turkey on"
            + " Tuesday morning, killing at least 14 people and injuring over 200, according to the disaster agency AFAD."
            + " The tremor struck at 04:12 at a depth of 10 km close to Putturge. Search and rescue crews worked through"
            + " collapsed buildings in Malatya and nearby Elazig, where dozens of houses were damaged.";

    /** Another story, so that the duplicate test's article never joins the cluster the rewrite test expects. */
    private static final String OTHER = "Dock workers in Edinburgh walked out on Monday over pay and safety, halting"
            + " container traffic at the docks for the second time this month, the general workers union said.";

    private static String item(String id, String title, String body) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"body\": \"" + body + "\","
                + " \"published\": \"2025-06-03T04:30:00Z\", \"language\": \"en\", \"source\": \"it-ingest\"}";
    }

    @Test
    void exactDuplicateProducesOneArticle() {
        String id = IngestStack.id("dup");
        String marker = IngestStack.marker();
        String document = item(id, "Dockers strike in Edinburgh " + marker, OTHER);

        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("items[0].outcome", Matchers.equalTo("ACCEPTED"));
        IngestStack.push(document, "application/json").then().statusCode(202)
                .body("published", Matchers.equalTo(0))
                .body("items[0].outcome", Matchers.equalTo("DUPLICATE"));
        // The same content under another id (a feed that re-issues its guids) is a duplicate too.
        IngestStack.push(item(IngestStack.id("dup-reissued"), "Dockers strike in Edinburgh " + marker, OTHER), "application/json")
                .then().statusCode(202)
                .body("items[0].outcome", Matchers.equalTo("DUPLICATE"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));
    }

    /**
     * The two texts are 75 bits of 256 apart, within the threshold of 84. Neither carries a search marker: a random
     * word shared by both moves that distance by up to 15 bits from one run to the next (one run in twenty went past
     * 84), so the articles are found by their cluster instead. The story is sent once per build.
     */
    @Test
    void rewriteOfTheSameStoryByAnotherSourceSharesTheClusterId() {
        String first = IngestStack.id("story");
        String rewrite = IngestStack.id("rewrite");
        IngestStack.push(item(first, "Magnitude 6.1 earthquake hits eastern Turkey", STORY), "application/json")
                .then().statusCode(202)
                .body("items[0].clusterId", Matchers.equalTo(first));
        IngestStack.push(item(rewrite, "At least 14 dead as quake strikes Malatya", REWRITE), "application/json")
                .then().statusCode(202)
                .body("items[0].outcome", Matchers.equalTo("ACCEPTED"))
                .body("items[0].clusterId", Matchers.equalTo(first));

        // A reader filters on the cluster, or asks for one article per cluster.
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(ids(IngestStack.gateway().queryParam("cluster", first))).containsExactlyInAnyOrder(first, rewrite));
        assertThat(ids(IngestStack.gateway().queryParam("cluster", first).queryParam("collapse", "true"))).hasSize(1)
                .containsAnyOf(first, rewrite);
    }

    private static List<String> ids(RequestSpecification search) {
        return search.queryParam("limit", 100).when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }
}
