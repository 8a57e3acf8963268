package io.newsflow.index.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.index.mapping.EntityDocument;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntitySightingsTest {

    private final EntitySightings sightings = new EntitySightings(Duration.ofMinutes(1), 100);

    private static EntityDocument.Upsert upsert(String id, List<String> names, String seen) {
        Map<String, Object> doc = new HashMap<>(Map.of("id", id, "name", names.get(0), "names", names,
                "last_seen", Instant.parse(seen)));
        Map<String, Object> first = new HashMap<>(doc);
        first.put("first_seen", Instant.parse(seen));
        return new EntityDocument.Upsert(id, doc, first);
    }

    @Test
    void anEntityWrittenLatelyWithTheSameNamesIsNotWrittenAgain() {
        sightings.wrote(sightings.due(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:00:00Z")).orElseThrow());

        assertThat(sightings.due(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:00:30Z"))).isEmpty();
        assertThat(sightings.due(upsert("loc:paris", List.of("Paris"), "2026-11-02T10:00:30Z"))).isPresent();
    }

    @Test
    void aLastSightingPastTheGranularityIsWritten() {
        sightings.wrote(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:00:00Z"));

        EntityDocument.Upsert due = sightings.due(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:05:00Z")).orElseThrow();

        assertThat(due.doc().get("last_seen")).isEqualTo(Instant.parse("2026-11-02T10:05:00Z"));
    }

    @Test
    void aNewNameIsWrittenEvenWithinTheGranularity() {
        sightings.wrote(upsert("prov:person:x", List.of("Ahmed Ali"), "2026-11-02T10:00:00Z"));

        assertThat(sightings.due(upsert("prov:person:x", List.of("Ahmed Ali", "أحمد علي"), "2026-11-02T10:00:30Z")))
                .hasValueSatisfying(due -> assertThat(due.doc().get("names")).isEqualTo(List.of("Ahmed Ali", "أحمد علي")));
    }

    @Test
    void aForgottenEntityIsWrittenAgain() {
        EntitySightings small = new EntitySightings(Duration.ofMinutes(1), 1);
        small.wrote(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:00:00Z"));
        small.wrote(upsert("loc:paris", List.of("Paris"), "2026-11-02T10:00:00Z"));

        assertThat(small.due(upsert("loc:rome", List.of("Rome"), "2026-11-02T10:00:10Z"))).isPresent();
    }
}
