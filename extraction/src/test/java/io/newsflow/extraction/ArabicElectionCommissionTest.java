package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A commission named by the noun "elections" and its country's adjective is the Election Commission "of" the country,
 * as English wire copy names it; the adjective form stays the country's Electoral Commission. Names in no seen set.
 */
class ArabicElectionCommissionTest {

    @Test
    void theElectionsCommissionIsNamedOfItsCountry() {
        String text = "وأعلنت لجنة الانتخابات البنغلاديشية موعد الاقتراع.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG))
                .containsExactly("Election Commission of Bangladesh");
    }

    @Test
    void theElectoralCommissionKeepsItsAdjective() {
        String text = "وقالت اللجنة الانتخابية الزامبية إنها مستعدة للاقتراع.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Zambian Electoral Commission");
    }
}
