package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.search.EntityIndex;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An entity's page lists every name articles gave it, whoever wrote the entity last: index-service reads the
 * entity as the index holds it and merges into that, not into what it remembers writing, so a name that another
 * instance (or another consumer at the same moment) added is kept. A linked entity's page also gives its names per
 * language, as the knowledge base holds them.
 */
class EntityNamesIT {

    /** A short English article about {@code name}, as ingest-service would hand it on. */
    static NormalisedArticle article(String id, String name) {
        Instant now = Instant.now();
        return new NormalisedArticle(id, 1, now, now, null, null, "en", name + " opens a new office",
                name + " opened a new office on Monday.", null, "entity-names-it", null, "json", null, null, null, null,
                null, false, null, null, null).withIngestFacts("it", id, id, now);
    }

    /** Articles straight to index-service's topic, each naming {@code entityId} by one of {@code names}. */
    private static void index(String entityId, List<String> names) throws Exception {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (String name : names) {
            String id = "entity-names-" + UUID.randomUUID();
            ArticleEntity entity = new ArticleEntity(entityId, EntityType.ORG, name, false, null, null, null,
                    List.of(new Mention(name, 0, name.length())));
            articles.add(new EnrichedArticle(article(id, name), "en", List.of(entity), List.of(), Instant.now()));
        }
        TestStack.sendEnriched(articles.toArray(EnrichedArticle[]::new));
    }

    private static List<String> names(String entityId) {
        return page(entityId).getList("names", String.class);
    }

    private static void awaitNames(String entityId, List<String> expected) {
        await().atMost(TestStack.PIPELINE).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() ->
                assertThat(names(entityId)).as("names of %s", entityId).containsAll(expected));
    }

    @Test
    void nameAnotherWriterAddedIsKeptWhenTheNextArticleAddsItsOwn() throws Exception {
        String entityId = "org:entity-names-" + UUID.randomUUID();
        index(entityId, List.of("Quorvel Trust"));
        awaitNames(entityId, List.of("Quorvel Trust"));

        // Another index-service instance wrote the entity with a name this one never saw.
        given().baseUri(TestStack.ELASTICSEARCH).contentType("application/json")
                .body(Map.of("doc", Map.of("names", List.of("Quorvel Trust", "Quorvel Foundation"))))
                .when().post("/" + EntityIndex.ALIAS + "/_update/{id}?refresh=true", entityId)
                .then().statusCode(200);
        index(entityId, List.of("Quorvel Trust Company"));

        awaitNames(entityId, List.of("Quorvel Trust", "Quorvel Foundation", "Quorvel Trust Company"));
    }

    @Test
    void everyNameOfArticlesIndexedAtOnceIsKept() throws Exception {
        String entityId = "org:entity-names-" + UUID.randomUUID();
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 16; i++) {
            names.add("Brenlow Group " + Integer.toString(i * 7919, 36));
        }
        index(entityId, names);

        awaitNames(entityId, names);
    }

    @Test
    void aLinkedEntitysPageGivesItsNamesPerLanguageAndAnUnlinkedOneNone() throws Exception {
        String unlinked = "org:entity-names-" + UUID.randomUUID();
        index(unlinked, List.of("Dravik Holdings"));
        index("loc:vaduz", List.of("Vaduz"));
        awaitNames(unlinked, List.of("Dravik Holdings"));
        awaitNames("loc:vaduz", List.of("Vaduz"));

        // The first call may find extract-service cold and answer without these names, saying so: it is retried.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonPath linked = page("loc:vaduz");
            assertThat(linked.getString("notice")).isNull();
            assertThat(linked.getList("namesByLanguage.en", String.class)).as("English names").startsWith("Vaduz");
            assertThat(linked.getList("namesByLanguage.ar", String.class)).as("Arabic names").contains("فادوتس");
        });
        assertThat(page(unlinked).getMap("namesByLanguage")).as("names per language of an entity not linked").isEmpty();
    }

    private static JsonPath page(String entityId) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .when().get("/v1/entities/{id}", entityId)
                .then().statusCode(200)
                .extract().jsonPath();
    }
}
