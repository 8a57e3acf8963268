package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EventCodec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quality floors measured on the shared dev set and on this module's own articles (other people, other places).
 * The floors sit below the figures measured when they were set, so that a change that loses quality fails here.
 */
class GoldSetFloorTest {

    private static GoldScorer score(List<String> lines) throws IOException {
        GoldScorer scorer = new GoldScorer();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode gold = EventCodec.mapper().readTree(line);
            Extraction x = SharedExtractor.INSTANCE.extract(gold.path("title").asText(), gold.path("body").asText(),
                    Instant.parse(gold.path("published").asText()), null);
            scorer.add(gold, x);
        }
        return scorer;
    }

    @Test
    void sharedDevSetStaysAboveTheIssueTargets() throws IOException {
        Path dev = Path.of(System.getProperty("newsflow.shared.dir", "../../shared"), "eval", "dev.jsonl");
        assumeTrue(Files.exists(dev), "shared dev set not present at " + dev);
        GoldScorer scorer = score(Files.readAllLines(dev, StandardCharsets.UTF_8));
        for (String lang : List.of("ar", "en", "fr")) {
            GoldScorer.Counts c = scorer.of(lang);
            assertThat(c.entityF1()).as("entity F1 " + lang + " " + c).isGreaterThanOrEqualTo(0.90);
            assertThat(c.linking()).as("linking " + lang + " " + c).isGreaterThanOrEqualTo(0.88);
            assertThat(c.eventF1()).as("event F1 " + lang + " " + c).isGreaterThanOrEqualTo(0.80);
            assertThat(c.languageAccuracy()).as("language " + lang).isEqualTo(1.0);
        }
    }

    @Test
    void ownArticlesAboutOtherPeopleAndPlacesStayAboveTheFloor() throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (String file : List.of("/heldout/articles.jsonl", "/heldout/fresh.jsonl")) {
            try (InputStream in = getClass().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                lines.addAll(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            }
        }
        {
            GoldScorer scorer = score(lines);
            for (String lang : List.of("ar", "en", "fr")) {
                GoldScorer.Counts c = scorer.of(lang);
                assertThat(c.entityF1()).as("entity F1 " + lang + " " + c).isGreaterThanOrEqualTo(0.85);
                assertThat(c.linking()).as("linking " + lang + " " + c).isGreaterThanOrEqualTo(0.80);
                assertThat(c.eventF1()).as("event F1 " + lang + " " + c).isGreaterThanOrEqualTo(0.75);
                assertThat(c.languageAccuracy()).as("language " + lang).isEqualTo(1.0);
            }
        }
    }
}
