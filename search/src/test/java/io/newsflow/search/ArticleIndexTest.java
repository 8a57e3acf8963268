package io.newsflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EventCodec;
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
    void versionedIndexNameHangsOffTheAlias() {
        assertThat(ArticleIndex.indexName(3)).isEqualTo(ArticleIndex.ALIAS + "-v3");
    }
}
