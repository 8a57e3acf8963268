package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * A held item PostgreSQL refuses to record at its release (here a row held by an older build, whose source carries a
 * U+0000) costs only itself: it is recorded as rejected with its reason and leaves the held items, and the embargoes
 * due after it are released.
 */
class EmbargoReleaseFaultIT {

    @Test
    void heldItemPostgresRefusesIsRejectedAndTheOnesDueAfterItAreReleased() throws Exception {
        String marker = IngestStack.marker();
        String refused = IngestStack.id("held-refused");
        String after = IngestStack.id("held-after");
        Instant due = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.SECONDS);
        long heldRow = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        try (Connection db = TestStack.database();
             PreparedStatement insert = db.prepareStatement("insert into held_item (id, article_id, version, release_at,"
                     + " received_at, channel, article) values (?, ?, 1, ?, now(), 'push', ?)")) {
            insert.setLong(1, heldRow);
            insert.setString(2, refused);
            insert.setTimestamp(3, Timestamp.from(due));
            // JSON's escape, not the character itself: the text column takes it, the decoded source is refused
            insert.setString(4, "{\"id\": \"" + refused + "\", \"version\": 1, \"headline\": \"Bridge toll abolished "
                    + marker + "\", \"body\": \"Drivers pay nothing from Monday.\", \"language\": \"en\","
                    + " \"source\": \"Old build\\u0000desk\", \"format\": \"json\", \"embargoed\": \"" + due + "\"}");
            insert.executeUpdate();
        }
        IngestStack.push("{\"id\": \"" + after + "\", \"title\": \"Bridge toll explained " + marker + "\", \"body\":"
                        + " \"Drivers pay nothing from Monday.\", \"language\": \"en\", \"embargoed\": \""
                        + due + "\"}", "application/json")
                .then().statusCode(202).body("items[0].outcome", Matchers.equalTo("HELD"));

        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(after));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            List<Map<String, Object>> history = given().baseUri(IngestStack.INGEST).when().get("/v1/ledger/{id}", refused)
                    .then().statusCode(200).extract().jsonPath().getList("");
            assertThat(history).singleElement().satisfies(row -> {
                assertThat(row.get("outcome")).isEqualTo("REJECTED");
                assertThat((String) row.get("reason")).startsWith("release-failed: ");
            });
            assertThat(heldRows(refused)).isZero();
        });
    }

    private static int heldRows(String articleId) throws Exception {
        try (Connection db = TestStack.database();
             PreparedStatement select = db.prepareStatement("select count(*) from held_item where article_id = ?")) {
            select.setString(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
