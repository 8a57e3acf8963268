package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Headlines drop the elements bodies drop (script, textarea, noscript, template...), and neither keeps the text of
 * plaintext, xmp, noembed or noframes: none of it is article text, and some of it is script source.
 */
class NonArticleMarkupTest {

    @Test
    void headlineKeepsNoTextOfNonArticleElements() {
        assertThat(MarkupText.inline("Breaking <textarea><script>steal()</script></textarea>")).isEqualTo("Breaking");
        assertThat(MarkupText.inline("Floods <noscript>enable scripts</noscript>in the valley"))
                .isEqualTo("Floods in the valley");
        assertThat(MarkupText.inline("Floods <template><b>hidden</b></template>recede")).isEqualTo("Floods recede");
        assertThat(MarkupText.inline("Floods <xmp><script>steal()</script></xmp>recede")).isEqualTo("Floods recede");
    }

    @Test
    void bodyKeepsNoTextOfPlaintextXmpNoembedOrNoframes() {
        assertThat(MarkupText.fromHtml("<p>Story</p><plaintext><script>steal()</script>")).isEqualTo("Story");
        assertThat(MarkupText.fromHtml("<p>Story</p><xmp><script>steal()</script></xmp><p>End</p>"))
                .isEqualTo("Story\n\nEnd");
        assertThat(MarkupText.fromHtml("<p>Story</p><noembed>no plugin</noembed><noframes>no frames</noframes>"))
                .isEqualTo("Story");
    }

    @Test
    void rssTitleWithEscapedScriptInATextareaGivesAPlainHeadline() {
        String rss = """
                <rss version="2.0"><channel><title>Desk</title>
                <item><guid>urn:desk:valley-1</guid>
                <title>Valley floods recede &lt;textarea&gt;&lt;script&gt;steal()&lt;/script&gt;&lt;/textarea&gt;</title>
                </item></channel></rss>""";

        WireDocument doc = new WireDocumentReader(100_000).read(rss.getBytes(StandardCharsets.UTF_8), null);

        assertThat(doc.items()).singleElement()
                .satisfies(a -> assertThat(a.headline()).isEqualTo("Valley floods recede"));
    }
}
