package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** (id, version) names an item: a newer version replaces the older one in search; an older one arriving late does not. */
class VersionsIT {

    static String item(String id, int version, String title, String body) {
        return "{\"id\": \"" + id + "\", \"version\": " + version + ", \"title\": \"" + title + "\", \"body\": \"" + body
                + "\", \"published\": \"2025-06-02T09:0" + version + ":00Z\", \"language\": \"en\", \"source\": \"it-ingest\"}";
    }

    private static Map<String, Object> only(String marker) {
        List<Map<String, Object>> items = IngestStack.search(marker);
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void newerVersionReplacesOlderInSearch() {
        String id = IngestStack.id("versions");
        String marker = IngestStack.marker();
        IngestStack.push(item(id, 1, "Ferry service to Hoy suspended " + marker, "Strong winds halted the ferry."), "application/json")
                .then().statusCode(202);
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(only(marker).get("version")).isEqualTo(1));

        IngestStack.push(item(id, 2, "Ferry service to Hoy resumes " + marker, "The ferry sails again after the storm."), "application/json")
                .then().statusCode(202)
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("UPDATED"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Map<String, Object> found = only(marker);
            assertThat(found.get("id")).isEqualTo(id);
            assertThat(found.get("version")).isEqualTo(2);
            assertThat((String) found.get("headline")).startsWith("Ferry service to Hoy resumes");
        });
    }

    /**
     * What a desk reads of one article through the gateway: the newest version with the wire fields the provider
     * sent (a correction, its byline, urgency, subjects, places and people), and the ledger's history of versions.
     */
    @Test
    void anArticleReadsWithItsWireFieldsAndVersionHistory() {
        String id = IngestStack.id("wire-fields");
        String marker = IngestStack.marker();
        IngestStack.push(item(id, 1, "Lighthouse keeper retires " + marker, "The last keeper left the island."), "application/json")
                .then().statusCode(202);
        String correction = item(id, 2, "Lighthouse keeper retires after 40 years " + marker, "The last keeper left the island after 40 years.")
                .replace("}", ", \"correction\": true, \"byline\": \"Ana Ferreira\", \"urgency\": 4, \"subjects\": [\"maritime\"], "
                        + "\"places\": [\"Faial\"], \"people\": [{\"name\": \"Rui Medeiros\"}]}");
        IngestStack.push(correction, "application/json")
                .then().statusCode(202)
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("UPDATED"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(only(marker).get("version")).isEqualTo(2));
        JsonPath article = IngestStack.article(id).then().statusCode(200).extract().jsonPath();
        assertThat(article.getInt("version")).isEqualTo(2);
        assertThat(article.getBoolean("correction")).isTrue();
        assertThat(article.getString("byline")).isEqualTo("Ana Ferreira");
        assertThat(article.getInt("urgency")).isEqualTo(4);
        assertThat(article.getList("subjects", String.class)).containsExactly("maritime");
        assertThat(article.getList("places", String.class)).containsExactly("Faial");
        assertThat(article.getList("people", String.class)).containsExactly("Rui Medeiros");
        assertThat(article.getString("pubStatus")).isEqualTo("usable");
        assertThat(article.getList("history.version", Integer.class)).containsExactly(1, 2);
        assertThat(article.getList("history.outcome", String.class)).containsExactly("ACCEPTED", "UPDATED");
        assertThat(only(marker).get("correction")).isEqualTo(true);
    }

    @Test
    void staleVersionIsIgnored() {
        String id = IngestStack.id("stale");
        String marker = IngestStack.marker();
        IngestStack.push(item(id, 3, "Harbour crane collapses " + marker, "A crane fell at the container port."), "application/json")
                .then().statusCode(202);
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(only(marker).get("version")).isEqualTo(3));

        IngestStack.push(item(id, 2, "Harbour crane wobbles " + marker, "An early report of the crane."), "application/json")
                .then().statusCode(202)
                .body("published", org.hamcrest.Matchers.equalTo(0))
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("STALE"));
        // The same version again with other text is stale too: (id, version) names one item.
        IngestStack.push(item(id, 3, "Harbour crane rewritten " + marker, "Other text under the same version."), "application/json")
                .then().statusCode(202)
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("STALE"));

        // Nothing was published for the late items, so the search keeps version 3 with its own headline.
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            Map<String, Object> found = only(marker);
            assertThat(found.get("version")).isEqualTo(3);
            assertThat((String) found.get("headline")).startsWith("Harbour crane collapses");
        });
    }
}
