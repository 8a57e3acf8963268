package io.newsflow.extract.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.KnowledgeEntry;
import io.newsflow.extract.repository.KnowledgeEntity;
import io.newsflow.extract.repository.KnowledgeName;
import io.newsflow.extract.repository.LastChanges;
import io.newsflow.extraction.Extractor;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorHolderTest {

    private static KnowledgeBase bundled;

    @BeforeAll
    static void loadBundledOnce() {
        bundled = KnowledgeBase.bundled();
    }

    private static KnowledgeEntity entity(String id, EntityType type, String name, String mergedInto) {
        KnowledgeEntity e = new KnowledgeEntity();
        e.id = id;
        e.type = type;
        e.preferredName = name;
        e.mergedInto = mergedInto;
        e.updatedAt = Instant.now();
        return e;
    }

    private static KnowledgeName name(String entityId, String language, String name) {
        return KnowledgeName.of(entityId, language, name);
    }

    @Test
    void curatedOrganisationIsLinkedInArabicAndEnglish() {
        KnowledgeBase knowledge = ExtractorHolder.build(
                List.of(entity("org:zephyr-relief", EntityType.ORG, "Zephyr Relief Fund", null)),
                List.of(name("org:zephyr-relief", "en", "Zephyr Relief Fund"), name("org:zephyr-relief", "ar", "صندوق زفير للإغاثة")),
                Set.of());
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
        KnowledgeBase knowledge = ExtractorHolder.build(
                List.of(entity("org:a", EntityType.ORG, "Alpha Works", null), entity("org:b", EntityType.ORG, "Beta Works", "org:a")),
                List.of(name("org:a", "en", "Alpha Works"), name("org:b", "en", "Beta Works")), Set.of());

        assertThat(knowledge.byId("org:b")).isEmpty();
        assertThat(knowledge.byId("org:a")).hasValueSatisfying(a ->
                assertThat(a.namesByLanguage().get("en")).contains("Alpha Works", "Beta Works"));
    }

    @Test
    void namesOfAChainOfMergesEndAtTheLastEntityWhateverTheOrderOfTheRows() {
        List<KnowledgeEntity> rows = List.of(entity("org:c", EntityType.ORG, "Gamma Works", "org:b"),
                entity("org:b", EntityType.ORG, "Beta Works", "org:a"), entity("org:a", EntityType.ORG, "Alpha Works", null));
        List<KnowledgeName> names = List.of(name("org:c", "fr", "Ateliers Gamma"), name("org:a", "en", "Alpha Works"));

        for (List<KnowledgeEntity> order : List.of(rows, List.of(rows.get(2), rows.get(1), rows.get(0)))) {
            KnowledgeBase knowledge = ExtractorHolder.build(order, names, Set.of());
            assertThat(knowledge.byId("org:a")).hasValueSatisfying(a -> {
                assertThat(a.namesByLanguage().get("en")).contains("Alpha Works", "Beta Works", "Gamma Works");
                assertThat(a.namesByLanguage().get("fr")).containsExactly("Ateliers Gamma");
            });
        }
    }

    @Test
    void changesPublishedAreTheChangedEntitiesAndTheEntitiesTheyWereMergedInto() {
        KnowledgeEntity unchanged = entity("org:old", EntityType.ORG, "Old Works", null);
        unchanged.updatedAt = Instant.parse("2025-01-01T00:00:00Z");
        List<KnowledgeEntity> curated = List.of(unchanged,
                entity("org:a", EntityType.ORG, "Alpha Works", null), entity("org:b", EntityType.ORG, "Beta Works", "org:a"));
        KnowledgeBase knowledge = ExtractorHolder.build(curated,
                List.of(name("org:a", "ar", "أشغال ألفا"), name("org:b", "en", "Beta Works"), name("org:old", "en", "Old Works")),
                Set.of());

        List<KnowledgeEntry> entries = ExtractorHolder.changedSince(
                new LastChanges(null, Instant.parse("2025-06-01T00:00:00Z"), null), curated, knowledge);

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("org:a", "org:b");
        assertThat(entries.get(0).mergedInto()).isNull();
        assertThat(entries.get(0).namesByLanguage().get("ar")).containsExactly("أشغال ألفا");
        assertThat(entries.get(0).namesByLanguage().get("en")).contains("Beta Works");
        assertThat(entries.get(1).mergedInto()).isEqualTo("org:a");
    }

    /** Review17 L1: a change that committed after a later-stamped one the replica had read is published all the same. */
    @Test
    void aChangeThatCommittedLateIsPublishedByItsNumber() {
        KnowledgeEntity read = entity("org:read", EntityType.ORG, "Read Works", null);
        read.changed(Instant.parse("2025-06-01T10:00:01Z"), 8);
        KnowledgeEntity late = entity("org:late", EntityType.ORG, "Late Works", null);
        late.changed(Instant.parse("2025-06-01T10:00:00Z"), 9);
        List<KnowledgeEntity> rows = List.of(read, late);

        List<KnowledgeEntry> entries = ExtractorHolder.changedSince(new LastChanges(8L, read.updatedAt, null), rows,
                ExtractorHolder.build(rows, List.of(), Set.of()));

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("org:late");
    }

    @Test
    void changesKafkaDidNotTakeAreSentAgainWithTheLaterChangeOfAnEntityInstead() {
        KnowledgeEntry alphaBefore = new KnowledgeEntry("org:a", EntityType.ORG, "Alpha Works", Map.of(), null, null, null,
                null, Instant.parse("2025-06-01T00:00:00Z"));
        KnowledgeEntry beta = new KnowledgeEntry("org:b", EntityType.ORG, "Beta Works", Map.of(), null, null, null,
                null, Instant.parse("2025-06-01T00:00:00Z"));
        KnowledgeEntry alphaAfter = new KnowledgeEntry("org:a", EntityType.ORG, "Alpha Works", Map.of("en", List.of("Alpha")),
                null, null, null, null, Instant.parse("2025-06-02T00:00:00Z"));

        assertThat(ExtractorHolder.pending(List.of(alphaBefore, beta), List.of(alphaAfter))).containsExactly(alphaAfter, beta);
    }

    @Test
    void bundledKnowledgeReadBackFromItsRowsIsTheSameKnowledge() {
        KnowledgeSeeder.Rows rows = KnowledgeSeeder.rows(bundled, Set.of());

        KnowledgeBase readBack = ExtractorHolder.build(shuffled(rows.entities()), rows.names(), bundled.divisionIds());

        assertThat(readBack.entities()).hasSize(bundled.size()).isEqualTo(bundled.entities());
        assertThat(KnowledgeSeeder.fingerprint(readBack)).isEqualTo(KnowledgeSeeder.fingerprint(bundled));
        // A mid-sized town named by one word in a headline is taken by its standing among the cities, which counts
        // without the divisions: the rows must know which they are.
        assertThat(entityIds(readBack, "Night trains return to Ostend")).isNotEmpty()
                .isEqualTo(entityIds(bundled, "Night trains return to Ostend"));
    }

    private static List<String> entityIds(KnowledgeBase knowledge, String title) {
        return Extractor.over(knowledge).extract(title, "The night service resumes in June.",
                Instant.parse("2025-06-07T09:00:00Z"), "en").entities().stream().map(ArticleEntity::id).toList();
    }

    @Test
    void curatedRowsWinNameClashesOverBundledOnes() {
        KnowledgeEntity bundledRiver = entity("loc:quillon-river", EntityType.LOC, "Quillon", null);
        bundledRiver.bundled = true;
        bundledRiver.seedRank = 1;
        KnowledgeEntity curatedTown = entity("loc:quillon-town", EntityType.LOC, "Quillon", null);

        KnowledgeBase knowledge = ExtractorHolder.build(List.of(bundledRiver, curatedTown), List.of(), Set.of());

        assertThat(knowledge.entities()).extracting(CanonicalEntity::id).containsExactly("loc:quillon-town", "loc:quillon-river");
    }

    @Test
    void seededRowsAreNotPublishedAsCuratorsChanges() {
        KnowledgeEntity seeded = entity("org:seeded", EntityType.ORG, "Seeded Works", null);
        seeded.bundled = true;
        KnowledgeEntity changed = entity("org:changed", EntityType.ORG, "Changed Works", null);
        List<KnowledgeEntity> rows = List.of(seeded, changed);

        List<KnowledgeEntry> entries = ExtractorHolder.changedSince(LastChanges.NONE, rows, ExtractorHolder.build(rows, List.of(), Set.of()));

        assertThat(entries).extracting(KnowledgeEntry::id).containsExactly("org:changed");
    }

    @Test
    void seedingSkipsEntitiesCuratorsHoldAndRepeatedIds() {
        CanonicalEntity first = bundled.entities().get(0);
        CanonicalEntity second = bundled.entities().get(1);
        KnowledgeBase withRepeat = KnowledgeBase.of(List.of(first, second, first));

        KnowledgeSeeder.Rows rows = KnowledgeSeeder.rows(withRepeat, Set.of(second.id()));

        assertThat(rows.entities()).extracting(e -> e.id).containsExactly(first.id());
        assertThat(rows.entities().get(0).curated()).isFalse();
        assertThat(rows.entities().get(0).updatedAt).as("seeding is no curator's change").isEqualTo(Instant.EPOCH);
        assertThat(rows.names()).allMatch(n -> n.entityId.equals(first.id()));
    }

    private static <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(7));
        return copy;
    }
}
