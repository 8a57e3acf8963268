package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.contracts.NormalisedArticle;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and broken input is refused with its reason, and nothing outside the document is ever read. */
class HostileInputTest {

    private static final String SECRET = "TOP-SECRET-7f3a";

    private final WireDocumentReader reader = new WireDocumentReader(64 * 1024);
    private HttpServer server;
    private final AtomicInteger fetches = new AtomicInteger();
    private String serverUrl;

    @TempDir
    Path temp;

    @BeforeEach
    void startTrap() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetches.incrementAndGet();
            byte[] body = SECRET.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        serverUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterEach
    void stopTrap() {
        server.stop(0);
    }

    private WireFormatException refusal(String content, String contentType) {
        return refusal(content.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private WireFormatException refusal(byte[] content, String contentType) {
        Throwable thrown = catchThrowable(() -> reader.read(content, contentType));
        assertThat(thrown).isInstanceOf(WireFormatException.class);
        return (WireFormatException) thrown;
    }

    @Test
    void xmlWithExternalEntityIsRejected() throws IOException {
        Path secretFile = Files.writeString(temp.resolve("secret.txt"), SECRET);
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY file SYSTEM "%s"> <!ENTITY net SYSTEM "%sx"> ]>
                <rss version="2.0"><channel><item><guid>1</guid><title>&file;&net;</title></item></channel></rss>
                """.formatted(secretFile.toUri(), serverUrl);

        WireFormatException e = refusal(xxe, "application/rss+xml");

        assertThat(e.reason()).isEqualTo("dtd-refused");
        assertThat(e.getMessage()).doesNotContain(SECRET);
        assertThat(fetches).as("no request reached the server").hasValue(0);
    }

    @Test
    void xmlWithExternalParameterEntityIsRejectedWithoutFetching() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE feed [ <!ENTITY % remote SYSTEM \"" + serverUrl
                + "dtd\"> %remote; ]><feed xmlns=\"http://www.w3.org/2005/Atom\"/>";

        assertThat(refusal(xxe, null).reason()).isEqualTo("dtd-refused");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void externalDtdByPublicIdIsNotFetched() {
        String xml = "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"" + serverUrl
                + "rss-0.91.dtd\"><rss version=\"0.91\"/>";

        assertThat(refusal(xml, null).reason()).isEqualTo("dtd-refused");
        assertThat(fetches).hasValue(0);
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 10; i++) {
            bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        bomb.append("]>\n<rss><channel><item><title>&lol10;</title></item></channel></rss>");

        long start = System.nanoTime();
        WireFormatException e = refusal(bomb.toString(), null);

        assertThat(e.reason()).isEqualTo("dtd-refused");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void doctypeAfterByteOrderMarkAndCommentIsStillRefused() {
        String xml = "\uFEFF<?xml version=\"1.0\"?><!-- harmless --><!doctype rss [ <!ENTITY x \"y\"> ]><rss/>";

        assertThat(refusal(xml, null).reason()).isEqualTo("dtd-refused");
    }

    @Test
    void xincludeIsNotFollowed() throws IOException {
        Path secretFile = Files.writeString(temp.resolve("include.txt"), SECRET);
        String xml = """
                <rss version="2.0" xmlns:xi="http://www.w3.org/2001/XInclude"><channel><item>
                <guid>urn:x:1</guid><title>Included?</title>
                <description><xi:include href="%s" parse="text"/></description>
                </item></channel></rss>""".formatted(secretFile.toUri());

        WireDocument doc = reader.read(xml.getBytes(StandardCharsets.UTF_8), null);

        assertThat(doc.items()).extracting(NormalisedArticle::body).containsOnlyNulls();
        assertThat(doc.items().toString()).doesNotContain(SECRET);
    }

    @Test
    void oversizedDocumentIsRefusedUnread() {
        byte[] big = new byte[64 * 1024 + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';

        WireFormatException e = refusal(big, "application/json");

        assertThat(e.reason()).isEqualTo("too-large");
        assertThat(e.getMessage()).contains("65537", "65536");
    }

    @Test
    void binaryJunkIsAnUnknownFormat() {
        byte[] junk = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

        WireFormatException e = refusal(junk, null);

        assertThat(e.reason()).isEqualTo("unknown-format");
        assertThat(e.getMessage()).contains("binary");
    }

    @Test
    void truncatedJsonIsMalformed() {
        WireFormatException e = refusal("{\"id\": \"a1\", \"title\": \"Cut off", "application/json");

        assertThat(e.reason()).isEqualTo("malformed-json");
        assertThat(e.getMessage()).contains("line 1");
    }

    @Test
    void twoJsonDocumentsRunTogetherAreMalformedNotCutToTheFirst() {
        WireFormatException e = refusal("{\"id\": \"a1\", \"title\": \"First\"}{\"id\": \"a2\", \"title\": \"Second\"}",
                "application/json");

        assertThat(e.reason()).isEqualTo("malformed-json");
    }

    @Test
    void truncatedXmlIsMalformed() {
        assertThat(refusal("<rss version=\"2.0\"><channel><item><title>x</title>", null).reason())
                .isEqualTo("malformed-xml");
    }

    @Test
    void invalidUtf8InJsonIsABadEncoding() {
        byte[] latin1 = "{\"id\":\"a\",\"title\":\"Société\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(latin1, "application/json").reason()).isEqualTo("bad-encoding");
    }

    @Test
    void xmlDeclaringLatin1ButSentAsUtf8IsABadEncoding() {
        byte[] lying = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><guid>g</guid>"
                + "<title>Société générale à Paris</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        WireFormatException e = refusal(lying, null);

        assertThat(e.reason()).isEqualTo("bad-encoding");
        assertThat(e.getMessage()).contains("ISO-8859-1", "UTF-8");
    }

    @Test
    void xmlDeclaringUtf8ButSentAsLatin1IsABadEncoding() {
        byte[] lying = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss><channel><item><guid>g</guid>"
                + "<title>Société</title></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refusal(lying, null).reason()).isEqualTo("bad-encoding");
    }

    @Test
    void declaredLegacyEncodingIsDecoded() {
        byte[] eucKr = ("<?xml version=\"1.0\" encoding=\"euc-kr\"?><rss version=\"2.0\"><channel><item><guid>k1</guid>"
                + "<title>서울 뉴스</title></item></channel></rss>").getBytes(Charset.forName("EUC-KR"));

        assertThat(reader.read(eucKr, null).items()).extracting(NormalisedArticle::headline).containsExactly("서울 뉴스");
    }

    @Test
    void simpleJsonWithoutIdIsRejected() {
        WireFormatException e = refusal("{\"title\": \"No id here\", \"body\": \"x\"}", null);

        assertThat(e.reason()).isEqualTo("missing-field");
        assertThat(e.itemRef()).isNull();
    }

    @Test
    void simpleJsonWithoutHeadlineIsRejected() {
        WireFormatException e = refusal("{\"id\": \"n-1\", \"body\": \"Text without a title\"}", null);

        assertThat(e.reason()).isEqualTo("missing-field");
        assertThat(e.itemRef()).as("the item the refusal is about, for the ledger").isEqualTo("n-1");
        assertThat(e.getMessage()).contains("n-1", "headline");
    }

    @Test
    void rssItemWithoutGuidOrLinkIsRejectedAloneAndTheOthersKept() {
        String rss = """
                <rss version="2.0"><channel><title>Wire</title>
                <item><title>Has no id</title></item>
                <item><guid>urn:w:2</guid><title>Second</title></item>
                </channel></rss>""";

        WireDocument doc = reader.read(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml");

        assertThat(doc.items()).extracting(NormalisedArticle::id).containsExactly("urn:w:2");
        assertThat(doc.rejected()).singleElement().satisfies(r -> {
            assertThat(r.ref()).isEqualTo("item[1]");
            assertThat(r.code()).isEqualTo("missing-field");
        });
    }

    @Test
    void scriptAndEventHandlersNeverReachTheBody() {
        String description = "&lt;p onmouseover=\"steal()\"&gt;Real text&lt;/p&gt;&lt;script&gt;alert('x')&lt;/script&gt;"
                + "&lt;!-- &lt;script&gt;hidden()&lt;/script&gt; --&gt;&lt;a href=\"javascript:evil()\"&gt;link&lt;/a&gt;";
        String rss = "<rss version=\"2.0\"><channel><item><guid>urn:x</guid><title>T</title><description>"
                + description + "</description></item></channel></rss>";

        NormalisedArticle a = reader.read(rss.getBytes(StandardCharsets.UTF_8), null).items().get(0);

        assertThat(a.body()).isEqualTo("Real text\n\nlink");
    }

    @Test
    void javascriptBaseIsNeverUsedForLinks() {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="javascript:alert('x')/">
                <entry><id>urn:e:1</id><title>T</title><updated>2024-01-01T00:00:00Z</updated>
                <link href="story.html"/><link href="javascript:alert(1)"/><link href="https://ok.example/a"/></entry>
                </feed>""";

        NormalisedArticle a = reader.read(atom.getBytes(StandardCharsets.UTF_8), null).items().get(0);

        assertThat(a.links()).containsExactly("https://ok.example/a");
    }
}
