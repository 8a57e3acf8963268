package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class IngestBenchmarkTest {

    @Test
    void benchItemsAreDistinctSimpleJsonArticles() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(IngestBenchmark.item("bench-x", 0));
        JsonNode second = json.readTree(IngestBenchmark.item("bench-x", 1));

        assertThat(first.get("id").asText()).isEqualTo("bench-x-0");
        assertThat(second.get("id").asText()).isEqualTo("bench-x-1");
        assertThat(first.get("title").asText()).isNotBlank().isNotEqualTo(second.get("title").asText());
        assertThat(first.get("body").asText().split(" ")).hasSize(40);
        assertThat(IngestBenchmark.item("bench-x", 0)).hasSizeLessThan(600);
    }
}
