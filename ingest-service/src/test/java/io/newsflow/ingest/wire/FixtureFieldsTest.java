package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What a reader checks beyond the columns of {@link FixtureFieldTableTest} (whole bodies, paragraphs,
 * subjects, people, links, urgency, versions, kills), file by file, as read from the files.
 */
class FixtureFieldsTest {

    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    private WireDocument read(String fixture) {
        return reader.read(WireFixtures.bytes(fixture), WireFixtures.contentType(fixture));
    }

    private NormalisedArticle first(String fixture) {
        return read(fixture).items().get(0);
    }

    @Test
    void newsMlG2TextItemWithNitfBody() {
        NormalisedArticle a = first("newsml-g2/items/LISTING_2_NewsML-G2_Text_Document.xml");
        assertThat(a.id()).isEqualTo("urn:newsml:acmenews.com:20161121:US-FINANCE-FED");
        assertThat(a.version()).isEqualTo(11);
        assertThat(a.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(a.language()).isEqualTo("en-US");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2018-11-21T21:25:32Z"));
        assertThat(a.firstCreated()).isEqualTo(Instant.parse("2016-11-21T20:21:06Z"));
        assertThat(a.body()).startsWith("(New York, NY - October 21) Et, sent luptat luptat, commy Nim")
                .contains("\n\nUgiating ea feugait utat");
        assertThat(a.byline()).isEqualTo("By Meredith Jameson, Staff Reporter");
        assertThat(a.subjects()).contains("central bank", "money and monetary policy");
        assertThat(a.places()).containsExactly("New York, NY");
        assertThat(a.format()).isEqualTo("newsml-g2");
    }

    @Test
    void newsMlG2ItemKeepsEmbargoProviderAndLinkAndIsNoCorrection() {
        NormalisedArticle a = first("newsml-g2/items/LISTING_1_A_NewsML-G2_News_Item.xml");
        assertThat(a.headline()).isEqualTo("Fed to halt QE to avert \"bubble\"");
        assertThat(a.language()).isEqualTo("en-GB");
        assertThat(a.embargoed()).isEqualTo(Instant.parse("2018-10-23T12:00:00Z"));
        assertThat(a.firstCreated()).isEqualTo(Instant.parse("2016-10-18T18:12:21Z"));
        assertThat(a.source()).isEqualTo("REUTERS");
        assertThat(a.places()).containsExactly("Berlin");
        assertThat(a.byline()).isEqualTo("Meredith Jameson");
        assertThat(a.links()).containsExactly("http://www.example.com/video/20081222-PNN-1517-407624/index.html");
        assertThat(a.correction()).as("sig:update is not sig:correction").isFalse();
        assertThat(a.body()).isNull();
    }

    @Test
    void newsMlG2WithoutNamespaceFromTtIsRead() {
        WireDocument doc = read("newsml-g2/items/TT_newsmlg2_sample.xml");
        NormalisedArticle a = doc.items().get(0);
        assertThat(a.id()).isEqualTo("http://tt.se/media/text/210919-janguillou-879f202b");
        assertThat(a.headline()).isEqualTo("Jan Guillou skriver på ny \"Hamilton\"-bok");
        assertThat(a.language()).isEqualTo("sv");
        assertThat(a.urgency()).isEqualTo(3);
        assertThat(a.source()).isEqualTo("TT");
        assertThat(a.people()).containsExactly("Jan Guillou", "Erik Ponti", "Hamilton");
        assertThat(a.body()).contains("Jan Guillou arbetar just nu med det sista kapitlet")
                .doesNotContain("Arkivbild", "<");
        assertThat(doc.rejected()).extracting(RejectedItem::ref)
                .containsExactly("http://tt.se/media/text/210919-janguillou-879f202b-pack",
                        "http://tt.se/media/image/sdlm1btzmKu8WU");
    }

    @Test
    void guardianRssItem() {
        NormalisedArticle a = first("feeds/publishers/guardian_us.rss");
        assertThat(a.headline()).isEqualTo("Trump State of the Union address promised unity but emphasized discord");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2018-01-31T07:26:05Z"));
        assertThat(a.language()).isEqualTo("en-gb");
        assertThat(a.byline()).isEqualTo("David Smith in Washington");
        assertThat(a.source()).isEqualTo("The Guardian");
        assertThat(a.body()).startsWith("The president’s ‘new American moment’ speech stirred Republican applause")
                .contains("\n\nDonald Trump has promised a “new American moment”");
        assertThat(a.subjects()).contains("Donald Trump", "US politics");
        assertThat(a.id()).isEqualTo(
                "https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord");
    }

    @Test
    void rss092ItemsWithoutDatesAreKept() {
        WireDocument doc = read("feeds/illformed/rssparser_heraldsun.rss");
        assertThat(doc.items()).extracting(NormalisedArticle::headline).containsExactly("The First Item", "The Second Item");
        NormalisedArticle a = doc.items().get(0);
        assertThat(a.id()).isEqualTo("http://www.oreilly.com/example/001.html");
        assertThat(a.language()).isEqualTo("en-gb");
        assertThat(a.versionCreated()).isNull();
        assertThat(a.source()).isEqualTo("Another Site");
        assertThat(a.body()).isEqualTo("This is the first item.");
    }

    @Test
    void ilGiornaleZuluZoneAndAuthorName() {
        NormalisedArticle a = first("feeds/publishers/ilgiornale_cronache.xml");
        assertThat(a.headline()).isEqualTo("Arrestato in Pakistan Shabbar Abbas. In Italia è accusato per l'omicidio di Saman");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2022-11-15T20:15:04Z"));
        assertThat(a.language()).isEqualTo("it");
        assertThat(a.byline()).isEqualTo("Angela Leucci");
        assertThat(a.body()).isEqualTo("È stato arrestato in Pakistan per frode Shabbar, padre di Saman Abbas. "
                + "In Italia l'uomo è accusato di essere il mandante di un presunto delitto d'onore");
    }

    @Test
    void atomHtmlContentKeepsListItemsAsParagraphs() {
        NormalisedArticle a = first("feeds/wellformed/feedrs_atom_example_6_github.xml");
        assertThat(a.headline()).isEqualTo("0.2.0");
        assertThat(a.language()).isEqualTo("en-US");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2020-01-19T05:08:59Z"));
        assertThat(a.body()).startsWith("A range of maintenance work, including:\n\nmigrate to Rust 2018 edition\n\n");
    }

    @Test
    void romeAtomLanguageLinksAndAuthor() {
        NormalisedArticle a = first("feeds/wellformed/rome_atom_1.0.xml");
        assertThat(a.id()).isEqualTo("http://example.com/blog/entry1");
        assertThat(a.language()).isEqualTo("en-us");
        assertThat(a.firstCreated()).isEqualTo(Instant.parse("2000-01-01T01:00:00Z"));
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(a.links()).containsExactly("http://example.com/blog/entry1", "http://example.com/blog/entry1_plain");
        assertThat(a.byline()).isEqualTo("atom_1.0.feed.entry[0].author.name");
        assertThat(a.body()).isEqualTo("atom_1.0.feed.entry[0].content[0]");
    }

    @Test
    void ninjs2TextFromDpaInGerman() {
        NormalisedArticle a = first("ninjs/examples/2.1/dpa_text.json");
        assertThat(a.id()).isEqualTo("urn:newsml:dpa.com:20090101:190510-99-167362");
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.headline()).isEqualTo("Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.versionCreated()).isEqualTo(Instant.parse("2019-05-10T14:02:28Z"));
        assertThat(a.byline()).isEqualTo("Von Christian Hollmann, dpa");
        assertThat(a.urgency()).isEqualTo(4);
        assertThat(a.source()).isEqualTo("dpa");
        assertThat(a.body()).startsWith("Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren».");
        assertThat(a.format()).isEqualTo("ninjs");
    }

    @Test
    void ninjsWithheldNeedsNoHeadline() {
        NormalisedArticle a = first("ninjs/test_suite/1.0/should_pass/022_pubstatus_withheld.json");
        assertThat(a.pubStatus()).isEqualTo(PubStatus.WITHHELD);
        assertThat(a.headline()).isNull();
    }

    @Test
    void rssPlainDescriptionLosesTheIndentationOfTheXmlFile() {
        NormalisedArticle a = first("feeds/wellformed/fp_ns_rss2.0NSwithModules.xml");
        assertThat(a.body()).isEqualTo("This is a fairly standard RSS 2.0 feed, it uses a few modules, the RSS 2.0"
                + " elements are in the http://backend.userland.com/rss2 namespace, all module elements are in their"
                + " required namespaces. there are no localname clashes. This is very similar to a RSS1.0 feed."
                + " (RSS2.0 w/ NS)");
    }

    @Test
    void newsMlG2PictureCaptionIsOneParagraphInTheLanguageOfItsHeadline() {
        NormalisedArticle a = first(
                "newsml-g2/items/LISTING_26_Embedded_photo_metadata_fields_mapped_to_NewsML-G2.xml");
        assertThat(a.language()).as("only the headline and caption declare xml:lang").isEqualTo("en-US");
        assertThat(a.body()).isEqualTo("A firefighter in a flameproof suit walks past the remains of a military jet"
                + " that crashed into homes in the University City neighborhood of San Bernardino, California October"
                + " 18, 2018. The military F-18 jet crashed on Monday into the California neighborhood after the pilot"
                + " ejected, igniting at least one home, officials said.");
    }

    @Test
    void sportsMlStatisticsAreNoArticleBody() {
        NormalisedArticle a = first("newsml-g2/items/LISTING_21_A_complete_sample_SportsML-G2_document.xml");
        assertThat(a.body()).as("team and player names of a box score are data, not text").isNull();
        assertThat(a.people()).isEmpty();
        assertThat(a.subjects()).contains("Baseball", "Miami Marlins", "Colorado Rockies");
    }

    @Test
    void plainTextBodyOpeningWithTheHeadlineKeepsItOnce() {
        NormalisedArticle a = first("ninjs/examples/2.1/tt_text_image_2.json");
        assertThat(a.headline()).isEqualTo("Militärövning i jätteformat hålls 2023");
        assertThat(a.body()).doesNotContain(a.headline()).endsWith("vilka internationella partners som deltar.");
    }

    @Test
    void utf32WithoutByteOrderMarkIsDecoded() {
        assertThat(read("feeds/wellformed/fp_enc_utf-32be-autodetect.xml").format()).isEqualTo(WireFormat.RSS);
    }
}
