package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.NormalisedArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Lying encodings beyond Latin-1: UTF-8 bytes claimed to be in a one-byte charset (windows-1256 Arabic, KOI8-R), a
 * content type whose charset contradicts the declaration, and a feed whose only charset is its server's header.
 * Each gives the right text or a clear {@code bad-encoding}, never mojibake.
 */
class EncodingClaimsTest {

    private static final String HEADLINE = "عاجل: افتتاح محطة تحلية جديدة في صلالة";
    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    private static String rss(String declaration, String headline) {
        return declaration + """
                <rss version="2.0"><channel><title>Desk</title><language>ar</language>
                <item><guid>urn:desk:salalah-1</guid><title>%s</title>
                <pubDate>Tue, 01 Dec 2026 06:00:00 +0400</pubDate></item></channel></rss>""".formatted(headline);
    }

    private static void assertBadEncoding(Runnable read, String... messageParts) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(WireFormatException.class, e -> {
            assertThat(e.reason()).isEqualTo("bad-encoding");
            assertThat(e.getMessage()).contains(messageParts);
        });
    }

    private static String headline(WireDocument doc) {
        return doc.items().stream().map(NormalisedArticle::headline).findFirst().orElseThrow();
    }

    @Test
    void utf8ArabicDeclaredWindows1256IsABadEncoding() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"windows-1256\"?>", HEADLINE).getBytes(StandardCharsets.UTF_8);
        assertBadEncoding(() -> reader.read(bytes, null), "windows-1256", "UTF-8");
    }

    @Test
    void utf8CyrillicDeclaredKoi8rIsABadEncoding() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>", "Паром снова ходит на остров")
                .getBytes(StandardCharsets.UTF_8);
        assertBadEncoding(() -> reader.read(bytes, null), "KOI8-R", "UTF-8");
    }

    @Test
    void realWindows1256ArabicIsReadAsArabic() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"windows-1256\"?>", HEADLINE).getBytes(WINDOWS_1256);
        assertThat(headline(reader.read(bytes, null))).isEqualTo(HEADLINE);
    }

    @Test
    void contentTypeCharsetThatTheBytesBelieIsABadEncoding() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", HEADLINE).getBytes(StandardCharsets.UTF_8);
        assertBadEncoding(() -> reader.read(bytes, "application/rss+xml; charset=ISO-8859-1"), "charset=ISO-8859-1");
        byte[] undeclared = rss("", HEADLINE).getBytes(StandardCharsets.UTF_8);
        assertBadEncoding(() -> reader.read(undeclared, "text/xml; charset=windows-1256"), "charset=windows-1256",
                "UTF-8");
    }

    @Test
    void contentTypeCharsetThatContradictsTheDeclarationIsABadEncoding() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"windows-1251\"?>", HEADLINE).getBytes(WINDOWS_1256);
        assertBadEncoding(() -> reader.read(bytes, "application/rss+xml; charset=windows-1256"),
                "charset=windows-1256", "windows-1251");
    }

    @Test
    void feedWhoseOnlyCharsetIsTheServersHeaderIsReadInIt() {
        byte[] bytes = rss("", HEADLINE).getBytes(WINDOWS_1256);
        WireDocument doc = reader.read(bytes, null, "text/xml; charset=windows-1256");
        assertThat(headline(doc)).isEqualTo(HEADLINE);
    }

    @Test
    void serversHeaderGivesWayToTheDocumentsOwnDeclaration() {
        byte[] bytes = rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", HEADLINE).getBytes(StandardCharsets.UTF_8);
        WireDocument doc = reader.read(bytes, null, "text/html; charset=ISO-8859-1");
        assertThat(headline(doc)).isEqualTo(HEADLINE);
    }
}
