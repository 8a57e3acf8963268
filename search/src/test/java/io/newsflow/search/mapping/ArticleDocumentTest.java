package io.newsflow.search.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EnrichedArticle;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.PubStatus;
import io.newsflow.search.ArticleIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("unchecked")
class ArticleDocumentTest {

    private static final Instant NOW = Instant.parse("2025-05-13T08:00:00Z");

    static EnrichedArticle article(String language, PubStatus status) {
        NormalisedArticle normalised = new NormalisedArticle("a-1", 3, NOW, NOW, status, null, language,
                "الاجتماعات في روما", "عقد الوزراء اجتماعا في روما", null, "wire", "kafka", "json",
                List.of(), List.of(), List.of(), null, List.of(), false, "hash", "a-1", NOW);
        ArticleEntity rome = new ArticleEntity("loc:rome", EntityType.LOC, "Rome", true, "IT", 41.9, 12.5,
                List.of(new Mention("روما", 15, 19)));
        ArticleEvent meeting = new ArticleEvent("04", null, "اجتماعا", List.of("loc:rome"), "Rome", "loc:rome", 41.9, 12.5,
                LocalDate.parse("2025-05-16"), "عقد الوزراء اجتماعا في روما");
        return new EnrichedArticle(normalised, language, List.of(rome), List.of(meeting), NOW);
    }

    @Test
    void arabicTextIsAnalysedIntoTheArabicField() {
        Map<String, Object> doc = ArticleDocument.of(article("ar", PubStatus.USABLE), NOW);

        assertThat(doc).containsKey(ArticleIndex.TEXT_PREFIX + "ar").doesNotContainKey(ArticleIndex.TEXT_PREFIX + "en");
        assertThat((String) doc.get(ArticleIndex.TEXT_PREFIX + "ar")).doesNotContain("الاجتماعات");
        assertThat(doc.get(ArticleIndex.KILLED)).isEqualTo(false);
    }

    @Test
    void entityNamesCarryCanonicalNameAndSurfaceForms() {
        Map<String, Object> doc = ArticleDocument.of(article("ar", PubStatus.USABLE), NOW);

        assertThat((List<Object>) doc.get(ArticleIndex.ENTITY_NAMES)).containsExactly("Rome", "روما");
        assertThat((List<Object>) doc.get(ArticleIndex.ENTITY_IDS)).containsExactly("loc:rome");
        assertThat((List<Object>) doc.get(ArticleIndex.EVENT_TYPES)).containsExactly("04");
    }

    @Test
    void entitiesAndEventsAreFlattenedForFiltersAndFacets() {
        Map<String, Object> doc = ArticleDocument.of(article("ar", PubStatus.USABLE), NOW);

        assertThat((List<Object>) doc.get(ArticleIndex.ENTITY_TYPES)).containsExactly("LOC");
        assertThat((List<Object>) doc.get(ArticleIndex.ENTITY_KEYS)).containsExactly(new EntityKey("LOC", "loc:rome", "Rome").encoded());
        assertThat((List<Object>) doc.get(ArticleIndex.EVENT_PLACES)).containsExactly("loc:rome", "Rome");
        assertThat((List<Map<String, Object>>) doc.get("entities")).singleElement().satisfies(e ->
                assertThat(e).containsEntry("id", "loc:rome").containsEntry("mentions", List.of("روما")));
    }

    @Test
    void documentOfAnOlderMappingIsUpgradedFromWhatItCarries() {
        Map<String, Object> current = ArticleDocument.of(article("ar", PubStatus.USABLE), NOW);
        Map<String, Object> older = new java.util.HashMap<>(current);
        older.keySet().removeAll(List.of(ArticleIndex.ENTITY_TYPES, ArticleIndex.ENTITY_KEYS, ArticleIndex.EVENT_PLACES));
        older.put("text_std", "الاجتماعات في روما");

        assertThat(ArticleDocument.upgrade(older)).isEqualTo(current);
    }

    @Test
    void killedArticleBecomesTombstoneWithoutText() {
        Map<String, Object> doc = ArticleDocument.of(article("ar", PubStatus.CANCELED), NOW);

        assertThat(doc.get(ArticleIndex.KILLED)).isEqualTo(true);
        assertThat(doc).doesNotContainKeys(ArticleIndex.HEADLINE, ArticleIndex.BODY, ArticleIndex.TEXT_PREFIX + "ar",
                ArticleIndex.ENTITY_NAMES, "events");
        assertThat(doc.get(ArticleIndex.VERSION)).isEqualTo(3L);
    }

    @Test
    void eventDocumentNamesItsArticleAndPlace() {
        Map<String, Object> doc = EventDocument.of(article("ar", PubStatus.USABLE), 0);

        assertThat(doc).containsEntry("id", "a-1#0").containsEntry("article_id", "a-1").containsEntry("type", "04")
                .containsEntry("date", "2025-05-16").containsEntry("actor_names", List.of("Rome"));
        assertThat(doc.get("location")).isEqualTo(Map.of("lat", 41.9, "lon", 12.5));
    }
}
