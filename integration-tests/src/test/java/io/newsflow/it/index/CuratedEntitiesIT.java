package io.newsflow.it.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A curator's change to the knowledge base reaches the extractor without a restart and the entities index without
 * an article naming the entity: an entity added is linked in a document sent for extraction, and, given an Arabic
 * alias, is found by either name through the gateway's autocomplete; an entity
 * merged into another is no longer found, and its name then finds the one that absorbed it, also when that one is
 * merged in turn. The bundled knowledge
 * lives in PostgreSQL too, and a curator's alias of a bundled entity is linked like any other name.
 */
class CuratedEntitiesIT {

    private static final Duration APPLIED = Duration.ofSeconds(60);
    private static final String CURATOR_KEY = GatewayKeys.create("curator", "curated entities test", null).key();

    /** Curation as a curator does it: through the gateway, which relays it to extract-service. */
    private static RequestSpecification curator() {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, CURATOR_KEY).contentType("application/json");
    }

    private static List<String> autocomplete(String q) {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("q", q).queryParam("limit", 20)
                .when().get("/v1/entities")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
    }

    private static void awaitFound(String q, String id) {
        await().atMost(APPLIED).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(autocomplete(q)).as("entities the autocomplete finds for '%s'", q).contains(id));
    }

    /** A made-up word no knowledge base or article has: letters of {@code alphabet}, capitalised when Latin. */
    private static String word(String alphabet) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            word.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String add(String name) {
        return curator().body(Map.of("type", "ORG", "preferredName", name, "names", Map.of("en", List.of(name))))
                .when().post("/v1/curation/entities")
                .then().statusCode(200)
                .extract().jsonPath().getString("id");
    }

    @Test
    void addedEntityAndItsArabicAliasAreFoundThroughTheGateway() {
        String name = word("bcdfghjklmnpqrstvwxz") + " Relief Fund";
        String id = add(name);
        awaitFound(name, id);
        // The extractor picks the change up without a restart: a document naming the entity is linked to it.
        await().atMost(APPLIED).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(curator().body(Map.of("title", "Flood aid", "body", "The " + name + " sent tents to the valley on Monday."))
                        .when().post("/v1/extract")
                        .then().statusCode(200)
                        .extract().jsonPath().getList("extraction.entities.id", String.class))
                        .as("entity ids extraction finds in a document naming '%s'", name).contains(id));

        String alias = "صندوق " + word("بتثجحخدذرزسشصضطظعغفقكلمنهي");
        curator().body(Map.of("language", "ar", "name", alias))
                .when().post("/v1/curation/entities/{id}/aliases", id)
                .then().statusCode(200);
        awaitFound(alias, id);
        assertThat(autocomplete(name)).as("the entity is still found by its first name").contains(id);
    }

    @Test
    void mergedEntityIsGoneAndItsNameFindsTheEntityThatAbsorbedIt() {
        String kept = add(word("bcdfghjklmnpqrstvwxz") + " Holdings");
        String goneName = word("bcdfghjklmnpqrstvwxz") + " Trading";
        String gone = add(goneName);
        awaitFound(goneName, gone);

        merge(gone, kept).then().statusCode(200);

        await().atMost(APPLIED).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(autocomplete(goneName)).as("entities found for the merged entity's name")
                        .contains(kept).doesNotContain(gone));
    }

    @Test
    void entityMergedIntoAnEntityMergedLaterEndsWithTheLastAndCannotTakeItBack() {
        String firstName = word("bcdfghjklmnpqrstvwxz") + " Mills";
        String first = add(firstName);
        String second = add(word("bcdfghjklmnpqrstvwxz") + " Mills");
        String last = add(word("bcdfghjklmnpqrstvwxz") + " Mills");
        awaitFound(firstName, first);

        merge(first, second).then().statusCode(200);
        merge(second, last).then().statusCode(200).body("id", equalTo(last));

        await().atMost(APPLIED).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(autocomplete(firstName)).as("entities found for the name of the entity merged first")
                        .contains(last).doesNotContain(first, second));
        merge(last, first).then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("merged into " + last + " already"));
    }

    private static Response merge(String id, String into) {
        return curator().body(Map.of("into", into)).when().post("/v1/curation/entities/{id}/merge", id);
    }

    @Test
    void bundledKnowledgeIsInPostgresAndAnAliasOfABundledEntityIsLinked() throws SQLException {
        String country = "loc:liechtenstein";
        await().atMost(APPLIED).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(rows("select count(*) from kb_entity where bundled"))
                        .as("bundled entities seeded into PostgreSQL").isGreaterThan(20_000));
        assertThat(rows("select count(*) from kb_name where entity_id = ? and language = 'ar' and name = 'ليختنشتاين'", country))
                .as("the Arabic name of a bundled country in kb_name").isEqualTo(1);

        String alias = word("bcdfghjklmnpqrstvwxz") + "land";
        curator().body(Map.of("language", "en", "name", alias))
                .when().post("/v1/curation/entities/{id}/aliases", country)
                .then().statusCode(200);

        await().atMost(APPLIED).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(curator().body(Map.of("title", "Border talks", "body", "Ministers from " + alias + " met on Monday."))
                        .when().post("/v1/extract")
                        .then().statusCode(200)
                        .extract().jsonPath().getList("extraction.entities.id", String.class))
                        .as("entity ids extraction finds in a document naming '%s'", alias).contains(country));
        assertThat(rows("select count(*) from kb_entity where id = ? and not bundled", country))
                .as("the aliased entity is marked as curated").isEqualTo(1);
    }

    private static long rows(String countQuery, String... parameters) throws SQLException {
        try (Connection db = TestStack.database(); PreparedStatement query = db.prepareStatement(countQuery)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
