package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Bad and hostile documents get a 4xx with a problem+json body naming the problem; good items beside bad ones are kept. */
class HostileInputIT {

    private static final String PROBLEM = "application/problem+json";

    private static byte[] fixture(String relative) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("newsflow.shared.dir", "../../shared"))
                .resolve("fixtures/wire").resolve(relative));
    }

    @Test
    void xmlWithExternalEntityIsRejected() throws IOException {
        IngestStack.push(fixture("feeds/illformed/defusedxml_external.xml"), "application/xml")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:newsflow:problem:dtd-refused"))
                .body("status", equalTo(400))
                .body("detail", not(emptyOrNullString()));
    }

    @Test
    void billionLaughsIsRejectedWithoutExpansion() throws IOException {
        IngestStack.push(fixture("feeds/illformed/defusedxml_xmlbomb.xml"), null)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:newsflow:problem:dtd-refused"));
    }

    @Test
    void malformedJsonIsRejectedWithWhere() {
        IngestStack.push("{\"id\": \"x\", \"title\": \"cut", "application/json")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:newsflow:problem:malformed-json"));
    }

    @Test
    void oversizedDocumentIsRefusedUnread() {
        byte[] big = new byte[6 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        IngestStack.push(big, "application/json")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:newsflow:problem:too-large"));
    }

    @Test
    void unsupportedContentTypeIsRefused() {
        IngestStack.push("{\"id\": \"x\", \"title\": \"y\"}", "image/png")
                .then().statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:newsflow:problem:unknown-format"));
    }

    @Test
    void goodItemBesideABadOneIsKept() {
        String id = IngestStack.id("beside-bad");
        String marker = IngestStack.marker();
        String document = "[{\"id\": \"" + id + "-bad\", \"body\": \"no title\"},"
                + " {\"id\": \"" + id + "\", \"title\": \"Lighthouse keeper retires " + marker + "\","
                + " \"body\": \"After forty years the keeper hands over the lamp.\", \"language\": \"en\"}]";
        IngestStack.push(document, "application/json")
                .then().statusCode(202)
                .body("published", equalTo(1))
                .body("items.find { it.id == '" + id + "' }.outcome", equalTo("ACCEPTED"))
                .body("items.find { it.outcome == 'REJECTED' }.reason", org.hamcrest.Matchers.startsWith("missing-field"));

        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(marker)).containsExactly(id));
    }
}
