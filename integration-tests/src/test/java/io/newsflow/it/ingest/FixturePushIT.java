package io.newsflow.it.ingest;

import static io.newsflow.it.ingest.IngestStack.PIPELINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.launcher.Newsflow;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Real wire files from shared/fixtures/wire, pushed over HTTP the way {@code ./newsflow ingest} does it, are found
 * by their headline through the gateway.
 */
class FixturePushIT {

    private static Path fixture(String relative) {
        return Path.of(System.getProperty("newsflow.shared.dir", "../../shared")).resolve("fixtures/wire").resolve(relative);
    }

    private static void assertSearchable(String words, String id) {
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(words)).as("search '%s'", words).contains(id));
    }

    private static void assertFoundOnce(String words) {
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(IngestStack.searchIds(words)).as("search '%s'", words).hasSize(1));
    }

    @Test
    void fixtureFilesPushedWithTheIngestCommandAreSearchableByHeadline() {
        int status = Newsflow.run(new String[] {"ingest",
                fixture("ninjs/examples/2.1/dpa_text.json").toString(),
                fixture("ninjs/examples/1.4/ninjsExSimpleText1.json").toString(),
                fixture("newsml-g2/items/LISTING_2_NewsML-G2_Text_Document.xml").toString(),
                fixture("feeds/publishers/golem_de_rss1.0_iso8859.xml").toString(),
                fixture("feeds/publishers/heise_developer.atom").toString()});
        assertThat(status).as("exit status of ./newsflow ingest").isZero();

        assertSearchable("Faktencheck Schiedsrichter Zwayer", "urn:newsml:dpa.com:20090101:190510-99-167362");
        assertSearchable("Fed halt bubble", "urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
        assertSearchable("WildFly Anwendungsserver", "http://heise.de/-3088438");
        assertFoundOnce("Glasfaserförderung Schnellkasse");
        assertSearchable("wrecked cruise ship trial", "http://ninjs.example.com/newsitems/20130709simp123");
    }

    @Test
    void hostileFixtureIsRejectedByTheIngestCommand() {
        int status = Newsflow.run(new String[] {"ingest", fixture("feeds/illformed/defusedxml_external.xml").toString()});
        assertThat(status).as("exit status when a file is rejected").isEqualTo(1);
    }
}
