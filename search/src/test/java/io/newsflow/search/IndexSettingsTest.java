package io.newsflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.contracts.EventCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexSettingsTest {

    /** One node (a laptop) stays green; a cluster of two or more keeps a copy of every shard on a second node. */
    @Test
    void everyIndexKeepsAReplicaWhenTheClusterHasASecondNode() throws Exception {
        for (String json : List.of(ArticleIndex.mappingJson(), EntityIndex.mappingJson(), EventIndex.mappingJson())) {
            JsonNode settings = EventCodec.mapper().readTree(json).path("settings");
            assertThat(settings.path("auto_expand_replicas").asText()).isEqualTo("0-1");
            assertThat(settings.has("number_of_replicas")).isFalse();
        }
    }
}
