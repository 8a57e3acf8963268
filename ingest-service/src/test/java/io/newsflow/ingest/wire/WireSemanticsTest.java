package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Format detection, content-type agreement, multi-item documents, kills and corrections. */
class WireSemanticsTest {

    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    private WireDocument read(String content, String contentType) {
        return reader.read(content.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static final String RSS = """
            <rss version="2.0"><channel><title>Desk</title><language>fr</language>
            <item><guid>urn:d:1</guid><title>Un titre</title><pubDate>Mon, 3 Mar 2025 09:15:00 +0100</pubDate></item>
            </channel></rss>""";

    @Test
    void rssClaimedAsAtomIsAContentTypeMismatch() {
        assertThatThrownBy(() -> read(RSS, "application/atom+xml"))
                .isInstanceOfSatisfying(WireFormatException.class, e -> {
                    assertThat(e.reason()).isEqualTo("content-type-mismatch");
                    assertThat(e.getMessage()).contains("application/atom+xml", "RSS");
                });
    }

    @Test
    void jsonClaimedAsXmlIsAContentTypeMismatch() {
        assertThatThrownBy(() -> read("{\"id\":\"1\",\"title\":\"t\"}", "text/xml"))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("content-type-mismatch"));
    }

    @Test
    void unsupportedContentTypeIsAnUnknownFormat() {
        assertThatThrownBy(() -> read("{\"id\":\"1\",\"title\":\"t\"}", "image/png"))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo("unknown-format"));
    }

    @Test
    void genericOrMissingContentTypeLetsTheContentDecide() {
        assertThat(read(RSS, null).format()).isEqualTo(WireFormat.RSS);
        assertThat(read(RSS, "application/xml; charset=utf-8").format()).isEqualTo(WireFormat.RSS);
        assertThat(read(RSS, "application/rss+xml").items()).singleElement().satisfies(a -> {
            assertThat(a.language()).isEqualTo("fr");
            assertThat(a.versionCreated()).isEqualTo(Instant.parse("2025-03-03T08:15:00Z"));
            assertThat(a.source()).isEqualTo("Desk");
            assertThat(a.format()).isEqualTo("rss");
        });
    }

    @Test
    void simpleJsonSentAsNinjsIsCheckedAsNinjs() {
        assertThatThrownBy(() -> read("{\"id\":\"1\",\"uri\":\"u\",\"title\":\"t\"}", "application/ninjs+json"))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo("schema-invalid"));
    }

    @Test
    void ninjs3IsRefusedAsUnknownFormat() {
        String ninjs3 = "{\"standard\":{\"name\":\"ninjs\",\"version\":\"3.0\"},\"uri\":\"u\",\"headlines\":[]}";

        assertThatThrownBy(() -> read(ninjs3, null))
                .isInstanceOfSatisfying(WireFormatException.class, e -> assertThat(e.reason()).isEqualTo("unknown-format"));
    }

    @Test
    void jsonArrayKeepsGoodItemsWhenOneIsBad() {
        String batch = """
                [{"id": "a", "title": "First", "published": "2025-05-13T08:00:00Z"},
                 {"id": "b", "body": "no title"},
                 {"id": "c", "headline": "Third", "published": "last week"},
                 {"id": "d", "title": "Fourth", "versioncreated": "2025-05-13 09:30:00"}]""";

        WireDocument doc = read(batch, "application/json");

        assertThat(doc.format()).isEqualTo(WireFormat.SIMPLE_JSON);
        assertThat(doc.items()).extracting(NormalisedArticle::id).containsExactly("a", "d");
        assertThat(doc.items().get(1).versionCreated()).isEqualTo(Instant.parse("2025-05-13T09:30:00Z"));
        assertThat(doc.rejected()).extracting(RejectedItem::ref, RejectedItem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("b", "missing-field"),
                        org.assertj.core.groups.Tuple.tuple("c", "bad-date"));
    }

    @Test
    void jsonLinesKeepGoodLinesWhenOneIsTruncated() {
        String lines = "{\"id\":\"l1\",\"title\":\"One\"}\n{\"id\":\"l2\",\"title\":\"Tw\n{\"id\":\"l3\",\"title\":\"Three\"}\n";

        WireDocument doc = read(lines, "application/x-ndjson");

        assertThat(doc.items()).extracting(NormalisedArticle::id).containsExactly("l1", "l3");
        assertThat(doc.rejected()).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo("line 2");
            assertThat(r.code()).isEqualTo("malformed-json");
        });
    }

    @Test
    void everyLineOfTheEvalDevSetParsesAsSimpleJson() throws Exception {
        Path dev = WireFixtures.root().resolve("../../eval/dev.jsonl").normalize();
        byte[] content = Files.readAllBytes(dev);

        WireDocument doc = reader.read(content, "application/x-ndjson");

        assertThat(doc.rejected()).isEmpty();
        assertThat(doc.items()).hasSize(10);
        NormalisedArticle seed = doc.items().get(0);
        assertThat(seed.id()).isEqualTo("seed-rome-defence");
        assertThat(seed.language()).isEqualTo("ar");
        assertThat(seed.headline()).isEqualTo("تنسيق دفاعي أوروبي جديد في العاصمة الإيطالية لدعم أوكرانيا");
        assertThat(seed.versionCreated()).isEqualTo(Instant.parse("2025-05-13T08:00:00Z"));
        assertThat(seed.body()).as("plain bodies are kept as sent, so eval offsets still apply")
                .startsWith("تستضيف العاصمة الإيطالية روما، الجمعة المقبل")
                .contains("\nوأعلنت وزارة الدفاع الإيطالية");
        assertThat(doc.items()).extracting(NormalisedArticle::language).containsOnly("ar", "en", "fr");
    }

    @Test
    void atomTombstoneKillsItem() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:at="http://purl.org/atompub/tombstones/1.0">
                  <title>Wire desk</title>
                  <at:deleted-entry ref="tag:desk.example,2025:story-17" when="2025-05-13T10:00:00Z">
                    <at:comment>Legal kill: do not use</at:comment>
                  </at:deleted-entry>
                  <entry><id>tag:desk.example,2025:story-18</id><title>Still running</title>
                    <updated>2025-05-13T09:00:00Z</updated></entry>
                </feed>""";

        WireDocument doc = read(atom, "application/atom+xml");

        assertThat(doc.items()).hasSize(2);
        NormalisedArticle kill = doc.items().get(0);
        assertThat(kill.id()).isEqualTo("tag:desk.example,2025:story-17");
        assertThat(kill.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(kill.versionCreated()).isEqualTo(Instant.parse("2025-05-13T10:00:00Z"));
        assertThat(kill.headline()).isNull();
        assertThat(doc.items().get(1).pubStatus()).isEqualTo(PubStatus.USABLE);
    }

    @Test
    void newsMlCorrectionSignalMarksCorrectionAndCanceledKills() {
        String item = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g2:1" version="3" xml:lang="fr">
                  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:AFP"/>
                    <versionCreated>2025-05-13T10:00:00+02:00</versionCreated>
                    <pubStatus qcode="stat:canceled"/><signal qcode="sig:correction"/></itemMeta>
                  <contentMeta><headline>Rectificatif</headline></contentMeta>
                </newsItem>""";

        NormalisedArticle a = read(item, "application/vnd.iptc.g2.newsitem+xml").items().get(0);

        assertThat(a.correction()).isTrue();
        assertThat(a.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(a.version()).isEqualTo(3);
        assertThat(a.source()).isEqualTo("AFP");
        assertThat(a.language()).isEqualTo("fr");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2025-05-13T08:00:00Z"));
    }

    @Test
    void newsMlG2KillAndCorrectionWrittenAsUrisAreReadAsTheirQcodes() {
        String item = """
                <newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:g2:ferry-strike" version="4">
                  <itemMeta><itemClass qcode="ninat:text"/><provider qcode="nprov:Harbourwire"/>
                    <versionCreated>2025-06-02T07:30:00Z</versionCreated>
                    <pubStatus uri="http://cv.iptc.org/newscodes/pubstatusg2/canceled"/>
                    <signal uri="http://cv.iptc.org/newscodes/signal/correction"/></itemMeta>
                  <contentMeta><headline>Ferry strike story withdrawn</headline></contentMeta>
                </newsItem>""";

        NormalisedArticle a = read(item, "application/vnd.iptc.g2.newsitem+xml").items().get(0);

        assertThat(a.pubStatus()).isEqualTo(PubStatus.CANCELED);
        assertThat(a.correction()).isTrue();
    }

    @Test
    void ninjsLaterVersionWithCorrectionNoteIsACorrection() {
        String ninjs = """
                {"uri": "urn:n:1", "version": "2", "headlines": [{"role": "main", "value": "Minister resigns"}],
                 "ednote": "CORRECTS name of minister in second paragraph", "language": "en",
                 "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>One.</p><p>Two.</p>"}]}""";

        NormalisedArticle a = read(ninjs, null).items().get(0);

        assertThat(a.correction()).isTrue();
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.body()).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void unreadableItemDateRejectsOnlyThatItem() {
        String rss = """
                <rss version="2.0"><channel>
                <item><guid>urn:1</guid><title>Good</title><pubDate>Seg, 24 Set 2018 19:38:00 -0300</pubDate></item>
                <item><guid>urn:2</guid><title>Bad</title><pubDate>Sat, 07 Mar 08:03:50 +0000</pubDate></item>
                </channel></rss>""";

        WireDocument doc = read(rss, null);

        assertThat(doc.items()).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("urn:1");
            assertThat(a.versionCreated()).isEqualTo(Instant.parse("2018-09-24T22:38:00Z"));
        });
        assertThat(doc.rejected()).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo("urn:2");
            assertThat(r.code()).isEqualTo("bad-date");
            assertThat(r.message()).contains("Sat, 07 Mar 08:03:50 +0000");
        });
    }
}
