package io.newsflow.ingest.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of shared/fixtures/wire is either ingested or refused with the reason {@link FixtureOutcomes} gives. */
class FixtureCorpusTest {

    private static final Map<String, String> EXPECTED = FixtureOutcomes.expected();
    private final WireDocumentReader reader = new WireDocumentReader(1_000_000);

    static Stream<String> fixtures() {
        return WireFixtures.documents().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureIsIngestedOrRefusedAsExpected(String fixture) {
        String expected = EXPECTED.get(fixture);
        assertThat(expected).as("no expected outcome written for %s", fixture).isNotNull();
        byte[] content = WireFixtures.bytes(fixture);
        String contentType = WireFixtures.contentType(fixture);

        if (expected.startsWith("refused ")) {
            String reason = expected.substring("refused ".length());
            assertThatThrownBy(() -> reader.read(content, contentType))
                    .isInstanceOfSatisfying(WireFormatException.class, e -> {
                        assertThat(e.reason()).isEqualTo(reason);
                        assertThat(e.getMessage()).isNotBlank();
                    });
            return;
        }
        WireDocument document = reader.read(content, contentType);
        String[] parts = expected.split(", rejected ");
        int items = Integer.parseInt(parts[0].substring("items ".length()));
        List<String> rejections = parts.length > 1 ? List.of(parts[1].split(",")) : List.of();
        assertThat(document.items()).hasSize(items);
        assertThat(document.rejected()).extracting(RejectedItem::code).containsExactlyElementsOf(rejections);
        document.items().forEach(article -> {
            assertThat(article.id()).isNotBlank();
            assertThat(article.format()).isEqualTo(document.format().code());
            if (article.pubStatus().isKill()) {
                return;
            }
            assertThat(article.headline()).isNotBlank().doesNotContain("<", "\n");
            if (article.body() != null) {
                assertThat(article.body()).doesNotContain("<script", "<p>", "<div", "onload=").doesNotContain("\n\n\n");
            }
        });
    }

    @Test
    void everyExpectedOutcomeNamesAFixtureThatExists() {
        List<String> missing = new ArrayList<>(EXPECTED.keySet());
        missing.removeAll(WireFixtures.documents());
        assertThat(missing).isEmpty();
    }
}
