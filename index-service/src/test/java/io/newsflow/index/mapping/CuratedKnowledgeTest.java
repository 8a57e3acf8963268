package io.newsflow.index.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CuratedKnowledgeTest {

    private static final CanonicalEntity ALPHA = new CanonicalEntity("org:alpha", EntityType.ORG, "Alpha Works",
            Map.of("en", List.of("Alpha Works")), "FR", null, null);

    private final CuratedKnowledge knowledge = new CuratedKnowledge(KnowledgeBase.of(List.of(ALPHA)));

    private static KnowledgeEntry entry(String id, Map<String, List<String>> names, String mergedInto) {
        return new KnowledgeEntry(id, EntityType.ORG, "Alpha Works", names, "FR", null, null, mergedInto, Instant.now());
    }

    @Test
    void curatedNamesReplaceWhatTheBundledKnowledgeHad() {
        knowledge.apply(entry("org:alpha", Map.of("en", List.of("Alpha Works")), null));
        knowledge.apply(entry("org:alpha", Map.of("en", List.of("Alpha Works")), null));
        knowledge.apply(entry("org:alpha", Map.of("en", List.of("Alpha Works"), "ar", List.of("أشغال ألفا")), null));

        assertThat(knowledge.byId("org:alpha")).hasValueSatisfying(e ->
                assertThat(e.namesByLanguage().get("ar")).containsExactly("أشغال ألفا"));
    }

    @Test
    void aMergedEntityIsNoLongerKnownAndOthersStayAsBundled() {
        knowledge.apply(entry("org:alpha", Map.of(), "org:beta"));

        assertThat(knowledge.byId("org:alpha")).isEmpty();
        assertThat(knowledge.byId("org:gamma")).isEmpty();
    }

    @Test
    void anEntryThatIsJsonButNoEntityIsRefusedWithItsReasonAndChangesNothing() {
        for (String json : List.of("{}", "{\"id\":\"org:alpha\"}", "{\"id\":\"org:alpha\",\"type\":\"ORG\"}",
                "{\"id\":\" \",\"type\":\"ORG\",\"preferredName\":\"Alpha\"}",
                "{\"id\":\"org:alpha\",\"type\":\"ORG\",\"preferredName\":\"Alpha\",\"namesByLanguage\":{\"en\":[null]}}")) {
            KnowledgeEntry entry = EventCodec.read(json, KnowledgeEntry.class);

            assertThatThrownBy(() -> knowledge.apply(entry)).as(json).isInstanceOf(InvalidPayloadException.class)
                    .hasMessageContaining("curated entity");
        }
        assertThat(knowledge.byId("org:alpha")).contains(ALPHA);
    }
}
