package io.newsflow.it.faults;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.Metrics;
import io.newsflow.it.TestStack;
import io.newsflow.it.extract.MadeUpWords;
import io.newsflow.it.gateway.GatewayKeys;
import io.newsflow.launcher.Stack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * extract-service's bundled knowledge in a rollout: a replica that (re)starts and finds that an operator replaced
 * its build's data on purpose (a rollback) runs on the replacing data although it is older, writes nothing and says
 * so (a WARN, and its gauge {@code newsflow_knowledge_own_data} at 0); one that finds a seed from before builds
 * recorded when their data was built (the oldest: the schema update adds the columns) writes its own and keeps
 * curated entities. Which data is newer is {@code SeedChoiceTest}'s. The other data is made by editing
 * {@code kb_seed} and a bundled name while extract-service is stopped; each test puts them back and ends once
 * extraction links the bundled name again.
 */
class KnowledgeSeedIT {

    private static final String EXTRACT = "extract-service";
    private static final String EXTRACT_URL = System.getProperty("newsflow.extract");
    private static final String CURATOR_KEY = GatewayKeys.create("curator", "knowledge seed test", null).key();

    private final Stack stack = StackControl.stack();

    @BeforeEach
    void seeded() {
        await().atMost(TestStack.RECOVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(query("select count(*) from kb_seed")).as("kb_seed rows").containsExactly("1"));
    }

    /**
     * The review's rollback: a replica of the build rolled back from restarts during the rollback. It knows nothing
     * of the setting that made the older data replace its own, and its data is newer; the database's record of what
     * was replaced keeps it out.
     */
    @Test
    void aReplicaWhoseDataWasReplacedOnPurposeRunsOnTheOlderDataThatReplacedIt() throws Exception {
        List<String> bundledName = aBundledCountryName();
        String rolledBackName = MadeUpWords.word() + "ia";
        Path log = stack.settings().logDir().resolve(EXTRACT + ".log");
        long logBefore = Files.size(log);

        try (StackAsFound found = new StackAsFound(bundledName, rolledBackName)) {
            found.stopExtractService();
            update("update kb_seed set fingerprint = 'a-rolled-back-to-build', built_for = 'a-rolled-back-to-build', "
                    + "built_at = now() - interval '10 years', replaced = ?, replaced_by = 'a-rolled-back-to-build'",
                    found.fingerprint());
            update("update kb_name set name = ? where id = ?::bigint", rolledBackName, bundledName.get(0));
            found.startExtractService();

            awaitLinked(rolledBackName, bundledName.get(1));
            assertThat(query("select fingerprint, replaced from kb_seed")).as("the seed row after the restart")
                    .containsExactly("a-rolled-back-to-build", found.fingerprint());
            assertThat(query("select count(*) from kb_name where name = ?", rolledBackName))
                    .as("rows holding the older data's name").containsExactly("1");
            byte[] logged = Files.readAllBytes(log);
            assertThat(new String(logged, (int) logBefore, logged.length - (int) logBefore, StandardCharsets.UTF_8).lines())
                    .as("extract-service's log since the restart")
                    .anySatisfy(line -> assertThat(line).contains(" WARN ", "running on the database's data",
                            "a-rolled-back-to-build", "this build did not ship", "on purpose"));
            assertThat(metrics()).as("extract-service's metrics on another build's data")
                    .containsPattern("(?m)^newsflow_knowledge_own_data(\\{[^}]*})? 0\\.0$");
        }
        assertThat(metrics()).as("extract-service's metrics once its own data is back")
                .containsPattern("(?m)^newsflow_knowledge_own_data(\\{[^}]*})? 1\\.0$");
    }

    @Test
    void aReplicaFindingASeedFromBeforeBuildTimesWritesItsDataAndKeepsCuratedEntities() throws Exception {
        String curatedName = MadeUpWords.word() + " Cooperative";
        String curated = given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, CURATOR_KEY)
                .contentType("application/json")
                .body(Map.of("type", "ORG", "preferredName", curatedName, "names", Map.of("en", List.of(curatedName))))
                .when().post("/v1/curation/entities")
                .then().statusCode(200)
                .extract().jsonPath().getString("id");
        List<String> bundledName = aBundledCountryName();
        String olderName = MadeUpWords.word() + "ia";

        try (StackAsFound found = new StackAsFound(bundledName, olderName)) {
            found.stopExtractService();
            // kb_seed as a build from before build times were recorded left it: the schema update adds the columns back.
            update("alter table kb_seed drop column built_at, drop column built_for, drop column replaced, "
                    + "drop column replaced_by");
            update("update kb_seed set fingerprint = 'an-older-build'");
            update("update kb_name set name = ? where id = ?::bigint", olderName, bundledName.get(0));
            found.startExtractService();

            await().atMost(TestStack.RECOVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(query("select fingerprint, (built_at is not null and built_for = fingerprint "
                            + "and replaced is null)::text from kb_seed"))
                            .as("the seed row after the restart: this build's data, when it was built, nothing replaced")
                            .containsExactly(found.fingerprint(), "true"));
            assertThat(query("select count(*) from kb_name where name = ?", olderName))
                    .as("rows holding the older data's name").containsExactly("0");
            assertThat(query("select count(*) from kb_name where entity_id = ? and name = ?", bundledName.get(1), bundledName.get(2)))
                    .as("rows holding this build's name").containsExactly("1");
            assertThat(query("select count(*) from kb_entity where id = ? and bundled is not true", curated))
                    .as("curated rows of the entity added").containsExactly("1");
            assertThat(query("select count(*) from kb_name where entity_id = ? and name = ?", curated, curatedName))
                    .as("its name's rows").containsExactly("1");
            awaitLinked(curatedName, curated);
        }
    }

    /**
     * The shared stack as a test found it, put back on close whatever happened, so that the tests that follow (every
     * IT runs on one stack) meet this build's extract-service on this build's data: {@code kb_seed}'s columns and row
     * and the renamed bundled name are restored, extract-service is started again if the test left it stopped, and
     * close returns once extraction links the bundled name again. A failure here is added to the test's own.
     */
    private final class StackAsFound implements AutoCloseable {

        private final List<String> seed;
        private final List<String> bundledName;
        private final String madeUpName;
        private boolean extractServiceStopped;

        StackAsFound(List<String> bundledName, String madeUpName) throws SQLException {
            this.seed = seedRow();
            this.bundledName = bundledName;
            this.madeUpName = madeUpName;
        }

        String fingerprint() {
            return seed.get(0);
        }

        void stopExtractService() {
            extractServiceStopped = true;
            stack.stop(EXTRACT, false);
        }

        void startExtractService() {
            stack.start(EXTRACT);
            extractServiceStopped = false;
        }

        @Override
        public void close() throws SQLException {
            try {
                update("alter table kb_seed add column if not exists built_at timestamp(6) with time zone, "
                        + "add column if not exists built_for varchar(255), add column if not exists replaced "
                        + "varchar(255), add column if not exists replaced_by varchar(255)");
                // The bundled rows themselves were only renamed: the name and the seed row put back restore this
                // build's data. The name goes first, then a later seeded_at makes a running replica read both.
                int renamed = update("update kb_name set name = ? where name = ?", bundledName.get(2), madeUpName);
                if (renamed > 0 || !seedRow().equals(seed)) {
                    update("update kb_seed set fingerprint = ?, built_at = ?::timestamptz, built_for = ?, replaced = ?, "
                            + "replaced_by = ?, seeded_at = now()", seed.get(0), seed.get(1), seed.get(2), seed.get(3),
                            seed.get(4));
                }
            } finally {
                if (extractServiceStopped) {
                    startExtractService();
                }
            }
            awaitLinked(bundledName.get(2), bundledName.get(1));
        }

        private List<String> seedRow() throws SQLException {
            return query("select fingerprint, built_at::text, built_for, replaced, replaced_by from kb_seed");
        }
    }

    /** A name of a bundled country as seeded: its row id, the country's id, the name. */
    private static List<String> aBundledCountryName() throws SQLException {
        return query("select n.id::text, n.entity_id, n.name from kb_name n join kb_entity e on e.id = n.entity_id "
                + "where e.bundled and e.merged_into is null and e.country is not null and e.id like 'loc:%' "
                + "and n.language = 'en' order by e.seed_rank, n.id limit 1 offset 30");
    }

    /** Waits until extraction, through the gateway, links a document naming {@code name} to entity {@code id}. */
    private static void awaitLinked(String name, String id) {
        await().atMost(TestStack.RECOVERY).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(given().baseUri(TestStack.GATEWAY).header(GatewayKeys.HEADER, CURATOR_KEY)
                        .contentType("application/json")
                        .body(Map.of("title", "Talks resume", "body", "Delegates from " + name + " met on Monday."))
                        .when().post("/v1/extract")
                        .then().statusCode(200)
                        .extract().jsonPath().getList("extraction.entities.id", String.class))
                        .as("entity ids extraction finds in a document naming '%s'", name).contains(id));
    }

    /** extract-service's /q/metrics, as Prometheus scrapes it. */
    private static String metrics() {
        return Metrics.scrape(EXTRACT_URL);
    }

    /** The columns of the first row {@code sql} answers, as text. */
    private static List<String> query(String sql, String... parameters) throws SQLException {
        try (Connection db = TestStack.database(); PreparedStatement statement = prepared(db, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            List<String> row = new ArrayList<>();
            if (result.next()) {
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.add(result.getString(i));
                }
            }
            return row;
        }
    }

    /** Runs {@code sql}; the number of rows it changed. */
    private static int update(String sql, String... parameters) throws SQLException {
        try (Connection db = TestStack.database(); PreparedStatement statement = prepared(db, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static PreparedStatement prepared(Connection db, String sql, String... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setString(i + 1, parameters[i]);
        }
        return statement;
    }
}
