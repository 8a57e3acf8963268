package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.NormalisedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values PostgreSQL refuses (U+0000 in text, a "language" longer than its column) are dealt with when an item is
 * read, item by item: cleaned where the article stays readable, the item rejected where its id is at stake. One such
 * item never reaches the database, where it would cost its whole document or block the embargo release.
 */
class RefusedValuesTest {

    private static final String NUL = "\\u0000";

    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    @Test
    void nulCharactersAreDroppedFromEveryTextField() {
        NormalisedArticle a = readOne("{\"id\": \"quay-works-1\", \"title\": \"Quay" + NUL + " works begin\","
                + " \"body\": \"Cranes" + NUL + " arrive.\", \"byline\": \"Ona" + NUL + " Vale\","
                + " \"source\": \"Harbour" + NUL + "wire\", \"subjects\": [\"ports" + NUL + "\"],"
                + " \"links\": [\"https://harbourwire.example/quay" + NUL + "\"]}");

        assertThat(List.of(a.headline(), a.body(), a.byline(), a.source(), a.subjects().get(0), a.links().get(0)))
                .containsExactly("Quay works begin", "Cranes arrive.", "Ona Vale", "Harbourwire", "ports",
                        "https://harbourwire.example/quay");
    }

    @Test
    void idWithANulCharacterRejectsThatItemAloneWithAReasonPostgresTakes() {
        WireDocument doc = read("[{\"id\": \"quay-works-2\", \"title\": \"Quay works begin\"},"
                + " {\"id\": \"quay" + NUL + "-works-3\", \"title\": \"Quay works end\"},"
                + " {\"id\": \"quay-works-4" + NUL + "\", \"title\": \"Quay works\", \"published\": \"noon" + NUL + "\"}]");

        assertThat(doc.items()).extracting(NormalisedArticle::id).containsExactly("quay-works-2");
        assertThat(doc.rejected()).hasSize(2).allSatisfy(r -> {
            assertThat(r.ref()).doesNotContain("\u0000");
            assertThat(r.reason()).doesNotContain("\u0000");
        });
    }

    @Test
    void languageThatIsNoLanguageTagIsDroppedAndTheArticleKept() {
        WireDocument doc = read("[{\"id\": \"quay-works-5\", \"title\": \"Quay works\", \"language\": \""
                + "x".repeat(300) + "\"}, {\"id\": \"quay-works-6\", \"title\": \"Obras no cais\", \"language\": \"pt-BR\"},"
                + " {\"id\": \"quay-works-7\", \"title\": \"Quay works\", \"language\": \"en_GB\"},"
                + " {\"id\": \"quay-works-8\", \"title\": \"Quay works\", \"language\": \"en" + NUL + "\"}]");

        assertThat(doc.items()).extracting(NormalisedArticle::language).containsExactly(null, "pt-BR", "en_GB", null);
    }

    private NormalisedArticle readOne(String json) {
        WireDocument doc = read(json);
        assertThat(doc.rejected()).isEmpty();
        return doc.items().get(0);
    }

    private WireDocument read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }
}
