package io.newsflow.it.extract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.newsflow.it.gateway.GatewayKeys;
import io.restassured.response.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Curators' changes to extract-service's knowledge base on the running stack: a change whose transaction commits
 * after a later one is still learned, and merges keep an entity within the names it takes.
 */
class KnowledgeCurationIT {

    private static final String EXTRACT = System.getProperty("newsflow.extract");
    private static final String CURATOR_KEY = GatewayKeys.create("curator", "knowledge curation test", null).key();
    /** Longer than a few of extract-service's looks for changes (every 5 s, every 2 s on the test stack). */
    private static final Duration LEARNED = Duration.ofSeconds(60);

    /**
     * The review's late commit: curator 1 adds an entity, and its transaction is held up after the change was stamped
     * (here by another session holding a row with the same id, as a slow disk or a lock would); meanwhile curator 2
     * adds another and extract-service may load it. Curator 1's transaction then commits, with a change time earlier
     * than curator 2's: extraction must learn both names all the same.
     */
    @Test
    void anEntityWhoseTransactionCommitsAfterALaterOneIsStillLearned() throws Exception {
        String lateName = MadeUpWords.word() + " Cooperative";
        String laterName = MadeUpWords.word() + " Cooperative";
        String lateId = "org:it-late-" + lateName.toLowerCase().replace(' ', '-');
        String laterId = "org:it-later-" + laterName.toLowerCase().replace(' ', '-');
        HttpClient http = HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<String>> late;
        CompletableFuture<HttpResponse<String>> later;
        try (Connection holder = TestStack.database()) {
            holder.setAutoCommit(false);
            try (PreparedStatement hold = holder.prepareStatement("insert into kb_entity (id, type, preferred_name, "
                    + "updated_at, bundled) values (?, 'ORG', 'held', now(), false)")) {
                hold.setString(1, lateId);
                hold.executeUpdate();
            }
            late = http.sendAsync(addEntity(lateId, lateName), HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> sessionsWaitingForALock() > 0);

            later = http.sendAsync(addEntity(laterId, laterName), HttpResponse.BodyHandlers.ofString());
            try {
                // Gives extract-service the time to load the later change before the first commits, as in the race;
                // a later change that waits for a lock too (behind the first) has nothing to load before the commit.
                await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> later.isDone() && linked(laterName).contains(laterId) || sessionsWaitingForALock() > 1);
            } catch (ConditionTimeoutException e) {
                // The later change waits for the first to commit: nothing to load yet.
            }
            holder.rollback();
        }

        assertThat(late.get(30, TimeUnit.SECONDS).statusCode()).as("curator 1's answer").isEqualTo(200);
        assertThat(later.get(30, TimeUnit.SECONDS).statusCode()).as("curator 2's answer").isEqualTo(200);
        await().atMost(LEARNED).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            assertThat(linked(laterName)).as("entities extraction links in a text naming %s", laterName).contains(laterId);
            assertThat(linked(lateName)).as("entities extraction links in a text naming %s", lateName).contains(lateId);
        });
    }

    /**
     * An entity takes at most 500 names, also when others are merged into it: the names of a merged entity become the
     * absorbing entity's. A merge or an alias that would take it past that is a 400 naming the limit.
     */
    @Test
    void mergesAndAliasesKeepAnEntityWithinTheNamesItTakes() {
        String stem = MadeUpWords.word();
        String large = curate(stem + " Holdings", names(stem + " Holdings", 300));
        String absorbing = curate(stem + " Group", names(stem + " Group", 200));
        String small = curate(stem + " Trust", List.of(stem + " Trust"));

        curator().body(Map.of("into", absorbing)).when().post("/v1/curation/entities/{id}/merge", large)
                .then().statusCode(200);

        assertRefusedAt501(curator().body(Map.of("language", "en", "name", stem + " Group Extra"))
                .when().post("/v1/curation/entities/{id}/aliases", absorbing));
        assertRefusedAt501(curator().body(Map.of("into", absorbing))
                .when().post("/v1/curation/entities/{id}/merge", small));
    }

    private static void assertRefusedAt501(Response response) {
        response.then().statusCode(400).contentType("application/problem+json");
        assertThat(response.jsonPath().getString("detail")).isEqualTo("an entity takes at most 500 names; this one would have 501");
    }

    private static String curate(String preferredName, List<String> names) {
        return curator().body(Map.of("type", "ORG", "preferredName", preferredName, "names", Map.of("en", names)))
                .when().post("/v1/curation/entities")
                .then().statusCode(200)
                .extract().jsonPath().getString("id");
    }

    private static List<String> names(String stem, int count) {
        return IntStream.range(0, count).mapToObj(i -> stem + " " + i).toList();
    }

    private static io.restassured.specification.RequestSpecification curator() {
        return given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, CURATOR_KEY).contentType("application/json");
    }

    private static HttpRequest addEntity(String id, String name) {
        String body = "{\"id\": \"" + id + "\", \"type\": \"ORG\", \"preferredName\": \"" + name + "\", \"names\": {\"en\": [\""
                + name + "\"]}}";
        return HttpRequest.newBuilder(URI.create(EXTRACT + "/v1/entities"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static long sessionsWaitingForALock() throws Exception {
        try (Connection database = TestStack.database();
             PreparedStatement waiting = database.prepareStatement(
                     "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()");
             ResultSet result = waiting.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** The ids of the entities extraction links in a document naming {@code name}. */
    private static List<String> linked(String name) {
        return given().baseUri(EXTRACT).contentType("application/json")
                .body(Map.of("title", "Talks resume", "body", "Delegates of the " + name + " met on Monday."))
                .when().post("/v1/extract")
                .then().statusCode(200)
                .extract().jsonPath().getList("extraction.entities.id", String.class);
    }
}
