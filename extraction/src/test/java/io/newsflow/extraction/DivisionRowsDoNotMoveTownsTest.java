package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Session 27: a city's standing among the places (a town, or a small town that needs a locative) counts cities only.
 * Divisions rank between the major cities and the towns, so a division row added must move no city across the cut-off:
 * Valenciennes, just inside it, is still taken after "de"; Suresnes, just outside, still is not linked.
 */
class DivisionRowsDoNotMoveTownsTest {

    private static final String INSIDE = "Les supporters de Valenciennes ont fêté la montée.";
    private static final String OUTSIDE = "Les habitants de Suresnes ont voté dimanche.";
    /** An extractor over the bundled knowledge with 500 districts more. */
    private static final Extractor MORE_DIVISIONS = withManyMoreDivisions();

    @Test
    void aTownJustInsideTheCutOffIsLinkedWithOrWithoutMoreDivisions() {
        assertThat(linkedPlaces(SharedExtractor.INSTANCE, INSIDE)).containsExactly("loc:valenciennes");
        assertThat(linkedPlaces(MORE_DIVISIONS, INSIDE)).containsExactly("loc:valenciennes");
    }

    @Test
    void aSmallTownJustOutsideTheCutOffStaysOutsideWithMoreDivisions() {
        assertThat(linkedPlaces(SharedExtractor.INSTANCE, OUTSIDE)).isEmpty();
        assertThat(linkedPlaces(MORE_DIVISIONS, OUTSIDE)).isEmpty();
    }

    private static Extractor withManyMoreDivisions() {
        List<CanonicalEntity> districts = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            districts.add(new CanonicalEntity("loc:district-" + i, EntityType.LOC, "Qadaa " + i, Map.of(), "YE", null,
                    null));
        }
        // The new districts rank with the other divisions: right after the last one.
        KnowledgeBase bundled = SharedExtractor.INSTANCE.knowledge();
        List<CanonicalEntity> entities = new ArrayList<>(bundled.entities());
        int after = 0;
        for (int i = 0; i < entities.size(); i++) {
            after = bundled.divisionIds().contains(entities.get(i).id()) ? i + 1 : after;
        }
        entities.addAll(after, districts);
        Set<String> divisionIds = new HashSet<>(bundled.divisionIds());
        districts.forEach(d -> divisionIds.add(d.id()));
        return Extractor.over(KnowledgeBase.of(entities, divisionIds));
    }

    private static List<String> linkedPlaces(Extractor extractor, String text) {
        return extractor.extract("", text, null, "fr").entities().stream()
                .filter(ArticleEntity::linked)
                .map(ArticleEntity::id)
                .toList();
    }
}
