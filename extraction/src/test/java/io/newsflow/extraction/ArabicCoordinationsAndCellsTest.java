package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A coordination (تنسيقية) and a cell (خلية) head a body's name ("خلية الإعلام الحكومي" Government Media Cell); a cell
 * for a task ("خلية الأزمة", a crisis cell) is a common noun.
 */
class ArabicCoordinationsAndCellsTest {

    @ParameterizedTest
    @CsvSource({
        "وقالت خلية الإعلام الحكومي إن الطريق مفتوح., Government Media Cell",
        "ودعت التنسيقية الوطنية للمعلمين إلى وقفة احتجاجية., National Coordination of Teachers"
    })
    void theBodyIsNamedInEnglish(String sentence, String body) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.ORG)).containsExactly(body);
    }

    @Test
    void aCrisisCellIsNoBody() {
        assertThat(SharedExtractor.names("وعقدت خلية الأزمة اجتماعا طارئا مساء الأحد.", "ar", EntityType.ORG)).isEmpty();
    }
}
