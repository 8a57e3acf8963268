package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.it.hostile.HostileInputs;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile wire documents, pushed between valid ones: none gets a 5xx, one the generator calls no document
 * at all gets a 4xx, every rejection (whole document or one item) carries a reason, and the valid articles sent
 * alongside all become searchable.
 */
class GeneratedHostileWireIT {

    private static final int DOCUMENTS = 150;

    @Test
    void hostileDocumentsAreRejectedWithAReasonWhileValidTrafficFlows() throws IOException {
        long seed = HostileInputs.seed();
        HostileInputs inputs = new HostileInputs(seed);
        List<byte[]> valid = validDocuments();
        String marker = IngestStack.marker();
        List<String> validIds = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();

        for (int i = 0; i < DOCUMENTS; i++) {
            HostileInputs.Document hostile = inputs.document(valid.get(i % valid.size()));
            Response response = IngestStack.push(hostile.body(), hostile.contentType());
            String what = "seed=" + seed + " #" + i + " (" + hostile.mutation() + ", " + hostile.contentType() + ")";
            softly.assertThat(response.statusCode()).as(what)
                    .isBetween(hostile.verdict() == HostileInputs.Verdict.REFUSED ? 400 : 200, 499);
            if (response.statusCode() >= 400) {
                softly.assertThat(response.contentType()).as(what).startsWith("application/problem+json");
                softly.assertThat(response.jsonPath().getString("detail")).as(what).isNotBlank();
            } else {
                List<Map<String, Object>> rejected = response.jsonPath().getList("items.findAll { it.outcome == 'REJECTED' }");
                softly.assertThat(rejected).as(what).allSatisfy(item -> assertThat((String) item.get("reason")).isNotBlank());
            }
            if (i % 10 == 0) {
                String id = IngestStack.id("alongside-hostile");
                IngestStack.push(validArticle(id, marker, i / 10), "application/json")
                        .then().statusCode(202)
                        .body("items[0].outcome", org.hamcrest.Matchers.equalTo("ACCEPTED"));
                validIds.add(id);
            }
        }

        softly.assertAll();
        await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactlyInAnyOrderElementsOf(validIds));
    }

    /** A valid article of its own content (equal content under another id would be a duplicate). */
    static String validArticle(String id, String marker, int n) {
        String[] towns = {"Bergen", "Dubrovnik", "Kotor", "Esbjerg", "Split", "Cádiz", "Piraeus", "Ystad", "Sète", "Bari",
            "Haifa", "Mersin", "Livorno", "Izmir", "Oban", "Gdynia"};
        String town = towns[n % towns.length];
        return "{\"id\": \"" + id + "\", \"title\": \"" + town + " harbour changes ferry timetable " + marker + "\","
                + " \"body\": \"From week " + (n + 10) + " the first ferry leaves " + town + " at " + (5 + n % 4) + " o'clock,"
                + " the port authority said, after " + (n * 7 + 3) + " complaints about crowding on pier " + (n + 1) + ".\","
                + " \"language\": \"en\"}";
    }

    /** Valid documents of every format to derive hostile ones from. */
    static List<byte[]> validDocuments() throws IOException {
        Path wire = Path.of(System.getProperty("newsflow.shared.dir", "../../shared")).resolve("fixtures/wire");
        List<byte[]> documents = new ArrayList<>();
        for (Path path : Stream.of("ninjs/examples/2.1", "newsml-g2/items", "feeds/wellformed")
                .map(wire::resolve).toList()) {
            try (Stream<Path> files = Files.list(path)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().limit(4).toList()) {
                    documents.add(Files.readAllBytes(file));
                }
            }
        }
        return documents;
    }
}
