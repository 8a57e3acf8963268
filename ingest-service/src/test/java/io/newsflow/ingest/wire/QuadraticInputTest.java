package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Fields built to make a backtracking pattern take quadratic time (200,000 characters of the one character it
 * retries from) are decided in one pass. Each takes a few milliseconds; the bound is only a safety net on a loaded
 * machine, far below the minutes the old patterns took on such a field.
 */
class QuadraticInputTest {

    private static final int LONG = 200_000;
    private static final Duration BOUND = Duration.ofSeconds(5);

    private final WireDocumentReader reader = new WireDocumentReader(5_000_000);

    @Test
    void pubDateOfOpenBracketsIsABadDateAtOnce() {
        WireDocument doc = rss("<title>Bridge closed</title><pubDate>" + "(".repeat(LONG) + "</pubDate>");

        assertThat(doc.items()).extracting(a -> a.id()).containsExactly("ferry-runs-1");
        assertThat(doc.rejected()).singleElement()
                .satisfies(r -> assertThat(r.code()).isEqualTo(WireFormatException.BAD_DATE));
    }

    @Test
    void authorOfAtSignsIsKeptAsTheBylineAtOnce() {
        String author = "@".repeat(LONG);

        WireDocument doc = rss("<title>Bridge closed</title><author>" + author + "</author>");

        assertThat(doc.items().get(0).byline()).isEqualTo(author);
    }

    @Test
    void authorWithAddressAndNameStillGivesTheName() {
        WireDocument doc = rss("<title>Bridge closed</title><author>desk@harbourwire.example (Ona Vale)</author>");

        assertThat(doc.items().get(0).byline()).isEqualTo("Ona Vale");
    }

    @Test
    void headlineOfUnclosedTagsIsReadAtOnce() {
        String headline = "&lt;p ".repeat(LONG / 3);

        WireDocument doc = rss("<title>" + headline + "</title>");

        assertThat(doc.items().get(0).headline()).startsWith("<p <p");
    }

    @Test
    void plainBodyWithALongRunOfSpacesIsReadAtOnce() {
        String json = "{\"id\": \"bridge-closed-1\", \"title\": \"Bridge closed\", \"body\": \"Traffic waits.\\n"
                + " ".repeat(LONG) + "Detours are signed.\"}";

        WireDocument doc = read(json, "application/json");

        assertThat(doc.items()).singleElement().satisfies(a -> assertThat(a.body()).startsWith("Traffic waits.\n")
                .endsWith("Detours are signed."));
    }

    /** A feed of two items: the one with these fields, then a plain one. */
    private WireDocument rss(String itemFields) {
        return read("<rss version=\"2.0\"><channel><title>Harbourwire</title><item><guid>bridge-closed-1</guid>"
                + itemFields + "</item><item><guid>ferry-runs-1</guid><title>Ferry runs</title></item></channel></rss>",
                "application/rss+xml");
    }

    private WireDocument read(String content, String contentType) {
        return assertTimeoutPreemptively(BOUND,
                () -> reader.read(content.getBytes(StandardCharsets.UTF_8), contentType));
    }
}
