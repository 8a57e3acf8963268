package io.newsflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EventCodec;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleIndexTest {

    @Test
    void mappingIsStrictAndHasEveryAnalysedLanguageField() throws Exception {
        JsonNode mapping = EventCodec.mapper().readTree(ArticleIndex.mappingJson()).path("mappings");
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
        for (String language : io.newsflow.search.analysis.TextAnalysis.LANGUAGES) {
            assertThat(mapping.path("properties").path(ArticleIndex.TEXT_PREFIX + language).path("analyzer").asText())
                    .isEqualTo("whitespace");
        }
    }

    @Test
    void monthIndexAndWriteAliasHangOffTheReadAlias() {
        assertThat(ArticleIndex.monthIndex(3, YearMonth.of(2026, 2))).isEqualTo("newsflow-articles-v3-2026.02");
        assertThat(ArticleIndex.monthAlias(YearMonth.of(2026, 2))).isEqualTo("newsflow-articles-2026.02");
    }

    @Test
    void monthIsReadBackFromFirstAndReindexedIndexNamesOnly() {
        assertThat(ArticleIndex.monthOfIndex("newsflow-articles-v1-1999.12")).contains(YearMonth.of(1999, 12));
        assertThat(ArticleIndex.monthOfIndex("newsflow-articles-v2-2026.01-20261129063900")).contains(YearMonth.of(2026, 1));
        assertThat(ArticleIndex.monthOfIndex("newsflow-articles-2026.01")).isEmpty();
        assertThat(ArticleIndex.monthOfIndex("newsflow-articles-v1")).isEmpty();
        assertThat(ArticleIndex.monthOfIndex("newsflow-events-v1-2026.01")).isEmpty();
    }

    @Test
    void articleIsFiledUnderItsFirstCreationWhateverItsVersionDate() {
        Instant first = Instant.parse("2026-01-31T23:59:59Z");
        Instant update = Instant.parse("2026-02-01T00:00:01Z");
        assertThat(ArticleIndex.month(first, update, update)).isEqualTo(YearMonth.of(2026, 1));
        assertThat(ArticleIndex.month(null, update, first)).isEqualTo(YearMonth.of(2026, 2));
        assertThat(ArticleIndex.month(null, null, first)).isEqualTo(YearMonth.of(2026, 1));
    }

    @Test
    void retentionDropsOnlyMonthsBeforeTheKeptOnes() {
        YearMonth cutoff = ArticleIndex.retentionCutoff(YearMonth.of(2026, 11), 3);
        assertThat(cutoff).isEqualTo(YearMonth.of(2026, 9));
        assertThat(ArticleRetention.expired(List.of(
                "newsflow-articles-v1-2026.08", "newsflow-articles-v1-2026.09", "newsflow-articles-v1-2026.11",
                "newsflow-articles-v2-2025.01-20261129063900", "newsflow-articles-v1", "newsflow-events-v1"), cutoff))
                .containsExactly("newsflow-articles-v1-2026.08", "newsflow-articles-v2-2025.01-20261129063900");
    }

    @Test
    void indexOfAnOlderMappingIsGivenOnlyTheFieldsItLacks() {
        assertThat(ArticleIndex.missingFields(Set.of("id", "entities", "events", "entity_ids", "text_std")).orElseThrow())
                .contains("\"entity_keys\":{\"type\":\"keyword\"}", "\"headline\"")
                .doesNotContain("\"entities\"", "\"entity_ids\"", "text_std");
    }
}
