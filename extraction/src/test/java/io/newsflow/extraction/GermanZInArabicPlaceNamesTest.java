package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Arabic writes the German z of a town's name as "تس": the town is still found by sound in a story about Germany. */
class GermanZInArabicPlaceNamesTest {

    @Test
    void aGermanTownWrittenWithTaSinIsLinked() {
        assertThat(SharedExtractor.names("وقالت الحكومة الألمانية إن المعرض سيقام في مدينة كوبلنتس الشهر المقبل.", "ar",
                EntityType.LOC)).contains("Koblenz");
    }

    @Test
    void withoutItsCountryInTheStoryTheTownIsNotGuessed() {
        assertThat(SharedExtractor.names("وقال رئيس الوزراء المغربي إن المعرض سيقام في مدينة كوبلنتس.", "ar",
                EntityType.LOC)).doesNotContain("Koblenz");
    }
}
