package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** "وزار وزير النقل المطار": a building or place word with the article after a title is visited, not a family name. */
class ArabicEverydayNounsAfterTitlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"وتفقد وزير الصحة الأردني المستشفى أمس.", "وزار وزير النقل الأردني المطار."})
    void theVisitedPlaceIsNoPerson(String sentence) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.PERSON)).isEmpty();
    }
}
