package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.NormalisedArticle;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An embargo must say its time zone: read as UTC, one from west of Greenwich would lift hours early. */
class EmbargoZoneTest {

    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    private WireDocument read(String content, String contentType) {
        return reader.read(content.getBytes(StandardCharsets.UTF_8), contentType);
    }

    @Test
    void embargoWithoutZoneRejectsOnlyThatItem() {
        String batch = """
                [{"id": "harbour-1", "title": "Port strike ends", "embargoed": "2026-12-01T09:00:00"},
                 {"id": "harbour-2", "title": "Port reopens", "embargoed": "2026-12-01T09:00:00-05:00"},
                 {"id": "harbour-3", "title": "Cranes back at work", "embargoed": "Tue, 01 Dec 2026 09:00:00 EST"}]""";

        WireDocument doc = read(batch, "application/json");

        assertThat(doc.items()).extracting(NormalisedArticle::id, NormalisedArticle::embargoed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("harbour-2", Instant.parse("2026-12-01T14:00:00Z")),
                org.assertj.core.groups.Tuple.tuple("harbour-3", Instant.parse("2026-12-01T14:00:00Z")));
        assertThat(doc.rejected()).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo("harbour-1");
            assertThat(r.code()).isEqualTo("bad-date");
            assertThat(r.message()).contains("2026-12-01T09:00:00", "has no time zone");
        });
    }

    @Test
    void newsMlG2EmbargoWithoutZoneIsRefused() {
        String g2 = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.org:harbour-4"
                  version="1" standard="NewsML-G2" standardversion="2.25">
                <itemMeta><itemClass qcode="ninat:text"/><provider literal="Example"/>
                <versionCreated>2026-11-30T20:00:00Z</versionCreated>
                <embargoed>2026-12-01T09:00:00</embargoed></itemMeta>
                <contentMeta><headline>Port strike ends</headline></contentMeta>
                </newsItem>""";

        assertThatThrownBy(() -> read(g2, null)).isInstanceOfSatisfying(WireFormatException.class, e -> {
            assertThat(e.reason()).isEqualTo("bad-date");
            assertThat(e.getMessage()).contains("has no time zone");
        });
    }

    @Test
    void otherDatesWithoutZoneAreStillReadAsUtc() {
        WireDocument doc = read("{\"id\": \"harbour-5\", \"title\": \"Port calm\", \"published\": \"2026-12-01T09:00:00\"}",
                "application/json");

        assertThat(doc.items()).singleElement()
                .satisfies(a -> assertThat(a.versionCreated()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z")));
    }
}
