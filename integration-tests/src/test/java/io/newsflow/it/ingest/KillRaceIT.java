package io.newsflow.it.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.TestStack;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two transactions decide on the same new id at once: a kill of version 1 commits while a usable version 1 is
 * being written. The usable copy must not overwrite the kill: it is decided again, against the kill, and is stale.
 */
class KillRaceIT {

    private static String item(String id, String marker) {
        return "{\"id\": \"" + id + "\", \"version\": 1, \"title\": \"Cable car reopens " + marker
                + "\", \"body\": \"The cable car runs again after its inspection.\", \"language\": \"en\","
                + " \"source\": \"it-ingest\"}";
    }

    /** Sessions of the service waiting for a row lock held by another transaction (ours). */
    private static int waitingForALock(Connection db) throws Exception {
        try (ResultSet rows = db.createStatement().executeQuery("select count(*) from pg_stat_activity"
                + " where wait_event_type = 'Lock' and datname = current_database()"
                + " and query like 'insert into article_state%'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String pubStatus(Connection db, String id) throws Exception {
        try (PreparedStatement select = db.prepareStatement("select pub_status from article_state where article_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    @Test
    void usableItemLosingARaceToAKillOfTheSameVersionDoesNotOverwriteIt() throws Exception {
        String id = IngestStack.id("kill-race");
        String marker = IngestStack.marker();
        try (Connection kill = TestStack.database(); Connection observer = TestStack.database()) {
            // The other transaction: it has written the kill of version 1 and not yet committed.
            kill.setAutoCommit(false);
            try (PreparedStatement insert = kill.prepareStatement("insert into article_state (article_id, version,"
                    + " pub_status, cluster_id, first_received_at, updated_at) values (?, 1, 'CANCELED', ?, now(), now())")) {
                insert.setString(1, id);
                insert.setString(2, id);
                insert.executeUpdate();
            }
            // The service sees no state for the id, decides ACCEPTED and waits on the kill's row when it writes.
            CompletableFuture<Response> push = CompletableFuture.supplyAsync(() ->
                    IngestStack.push(item(id, marker), "application/json"));
            await().atMost(Duration.ofSeconds(30)).until(() -> waitingForALock(observer) > 0);
            kill.commit();

            Response answer = push.get(60, TimeUnit.SECONDS);
            answer.then().statusCode(202);
            assertThat(answer.jsonPath().getString("items[0].outcome")).isEqualTo("STALE");
            assertThat(pubStatus(observer, id)).isEqualTo("CANCELED");
        }
        // Sent again, it meets the kill, not a usable copy of itself.
        IngestStack.push(item(id, marker), "application/json").then().statusCode(202)
                .body("items[0].outcome", org.hamcrest.Matchers.equalTo("STALE"));
    }
}
