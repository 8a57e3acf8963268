package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A country after في names the body's country as its adjective would: "of" it where wire copy says so, else in
 * brackets. The country keeps its own mention. Names in no seen set.
 */
class ArabicBodyInCountryTest {

    @Test
    void theElectionCommissionInACountryIsItsElectionCommission() {
        String text = "وأعلنت لجنة الانتخابات في ملاوي موعد الاقتراع.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).containsExactly("Election Commission of Malawi");
        assertThat(SharedExtractor.names(text, "ar", EntityType.LOC)).containsExactly("Malawi");
    }
}
