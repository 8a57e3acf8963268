package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.NormalisedArticle;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A document declared as JSON Lines keeps its good lines when others are no objects at all; without the
 * declaration, such a text is one malformed JSON value, as before (a pretty-printed value written twice is no list).
 */
class DeclaredJsonLinesTest {

    private static final String LINES = """
            {"id": "orchard-1", "title": "Apple harvest begins"}
            garbage
            null
            {"id": "orchard-2", "title": "Pear harvest begins"}
            """;

    private final WireDocumentReader reader = new WireDocumentReader(100_000);

    @Test
    void declaredJsonLinesRejectOnlyTheLinesThatAreNoObjects() {
        WireDocument doc = reader.read(LINES.getBytes(StandardCharsets.UTF_8), "application/x-ndjson");

        assertThat(doc.items()).extracting(NormalisedArticle::id).containsExactly("orchard-1", "orchard-2");
        assertThat(doc.rejected()).extracting(RejectedItem::ref, RejectedItem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("line 2", "malformed-json"),
                org.assertj.core.groups.Tuple.tuple("line 3", "malformed-json"));
        assertThat(doc.rejected().get(1).message()).contains("the line is a null, not a JSON object");
    }

    @Test
    void undeclaredTextOfMixedLinesIsStillOneMalformedValue() {
        assertThatThrownBy(() -> reader.read(LINES.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("malformed-json"));
    }
}
