package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extract.repository.CuratedEntity;
import io.newsflow.extract.repository.CuratedName;
import io.newsflow.extraction.Extractor;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorHolderTest {

    private static ExtractorHolder holder;

    @BeforeAll
    static void buildOnce() {
        holder = new ExtractorHolder(null, null, null);
    }

    private static CuratedEntity entity(String id, EntityType type, String name, String mergedInto) {
        CuratedEntity e = new CuratedEntity();
        e.id = id;
        e.type = type;
        e.preferredName = name;
        e.mergedInto = mergedInto;
        e.updatedAt = Instant.now();
        return e;
    }

    private static CuratedName name(String entityId, String language, String name) {
        CuratedName n = new CuratedName();
        n.entityId = entityId;
        n.language = language;
        n.name = name;
        return n;
    }

    @Test
    void curatedOrganisationIsLinkedInArabicAndEnglish() {
        KnowledgeBase knowledge = holder.build(
                List.of(entity("org:zephyr-relief", EntityType.ORG, "Zephyr Relief Fund", null)),
                List.of(name("org:zephyr-relief", "en", "Zephyr Relief Fund"), name("org:zephyr-relief", "ar", "صندوق زفير للإغاثة")));
        Extractor extractor = Extractor.over(knowledge);

        List<String> english = extractor.extract("Zephyr Relief Fund sends aid", "The Zephyr Relief Fund sent aid on Monday.",
                Instant.parse("2025-05-13T08:00:00Z"), "en").entities().stream().map(ArticleEntity::id).toList();
        List<String> arabic = extractor.extract("مساعدات", "أرسل صندوق زفير للإغاثة مساعدات يوم الإثنين.",
                Instant.parse("2025-05-13T08:00:00Z"), "ar").entities().stream().map(ArticleEntity::id).toList();

        assertThat(english).contains("org:zephyr-relief");
        assertThat(arabic).contains("org:zephyr-relief");
    }

    @Test
    void mergedEntityDisappearsAndItsNamesMoveToTheTarget() {
        KnowledgeBase knowledge = holder.build(
                List.of(entity("org:a", EntityType.ORG, "Alpha Works", null), entity("org:b", EntityType.ORG, "Beta Works", "org:a")),
                List.of(name("org:a", "en", "Alpha Works"), name("org:b", "en", "Beta Works")));

        assertThat(knowledge.byId("org:b")).isEmpty();
        assertThat(knowledge.byId("org:a")).hasValueSatisfying(a ->
                assertThat(a.namesByLanguage().get("en")).contains("Alpha Works", "Beta Works"));
    }

    @Test
    void changesPublishedAreTheChangedEntitiesAndTheEntitiesTheyWereMergedInto() {
        CuratedEntity unchanged = entity("org:old", EntityType.ORG, "Old Works", null);
        unchanged.updatedAt = Instant.parse("2025-01-01T00:00:00Z");
        List<CuratedEntity> curated = List.of(unchanged,
                entity("org:a", EntityType.ORG, "Alpha Works", null), entity("org:b", EntityType.ORG, "Beta Works", "org:a"));
        KnowledgeBase knowledge = holder.build(curated,
                List.of(name("org:a", "ar", "أشغال ألفا"), name("org:b", "en", "Beta Works"), name("org:old", "en", "Old Works")));

        List<KnowledgeEntry> entries = ExtractorHolder.changedSince(Instant.parse("2025-06-01T00:00:00Z"), curated, knowledge);

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("org:a", "org:b");
        assertThat(entries.get(0).mergedInto()).isNull();
        assertThat(entries.get(0).namesByLanguage().get("ar")).containsExactly("أشغال ألفا");
        assertThat(entries.get(0).namesByLanguage().get("en")).contains("Beta Works");
        assertThat(entries.get(1).mergedInto()).isEqualTo("org:a");
    }
}
