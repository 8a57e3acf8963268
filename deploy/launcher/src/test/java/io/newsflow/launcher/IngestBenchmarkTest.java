package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    @Test
    void wrongOptionsAreUsageErrorsBeforeAnythingIsPausedOrSent() {
        StackSettings settings = Newsflow.settings();

        assertThatThrownBy(() -> IngestBenchmark.run(new ArrayList<>(List.of("--warmup", "-1")), settings, Map.of()))
                .isInstanceOf(Newsflow.UsageException.class).hasMessageContaining("--warmup");
        assertThatThrownBy(() -> IngestBenchmark.run(new ArrayList<>(List.of("--alone", "--fast")), settings, Map.of()))
                .isInstanceOf(Newsflow.UsageException.class).hasMessageContaining("--fast");
    }
}
