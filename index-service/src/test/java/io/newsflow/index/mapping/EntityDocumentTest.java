package io.newsflow.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityDocumentTest {

    private static EntityDocument.Upsert upsert(List<String> names, String seen) {
        Map<String, Object> doc = new HashMap<>(Map.of("id", "loc:rome", "name", names.get(0), "names", names,
                "last_seen", Instant.parse(seen)));
        Map<String, Object> first = new HashMap<>(doc);
        first.put("first_seen", Instant.parse(seen));
        return new EntityDocument.Upsert("loc:rome", doc, first);
    }

    @Test
    void upsertsOfOneEntityInABatchKeepEveryNameAndBothEndsOfItsSightings() {
        EntityDocument.Upsert merged = EntityDocument.merge(
                upsert(List.of("Rome", "Roma"), "2026-11-02T10:00:00Z"),
                upsert(List.of("Rome", "روما"), "2026-11-01T10:00:00Z"));

        assertThat(merged.doc().get("names")).isEqualTo(List.of("Rome", "Roma", "روما"));
        assertThat(merged.doc().get("last_seen")).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(merged.firstSeenDoc().get("first_seen")).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
        assertThat(merged.firstSeenDoc().get("names")).isEqualTo(merged.doc().get("names"));
    }

    @Test
    void anArticleMergedOverTheEntityAsIndexedKeepsTheIndexedNamesAndTheLaterSighting() {
        Map<String, Object> source = Map.of("names", List.of("Rome", "Roma"), "last_seen", "2026-11-02T10:00:00Z",
                "first_seen", "2026-10-01T10:00:00Z");

        EntityDocument.Upsert merged = EntityDocument.merge(EntityDocument.indexed("loc:rome", source),
                upsert(List.of("Rome", "روما"), "2026-11-01T10:00:00Z"));

        assertThat(merged.doc().get("names")).isEqualTo(List.of("Rome", "Roma", "روما"));
        assertThat(merged.doc().get("last_seen")).isEqualTo(Instant.parse("2026-11-02T10:00:00Z"));
    }
}
