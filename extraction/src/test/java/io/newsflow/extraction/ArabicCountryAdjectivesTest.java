package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Arabic adjectives of countries whose names end in ي, and country names ICU writes with a gloss. */
class ArabicCountryAdjectivesTest {

    @Test
    void adjectiveAfterATitleIsNotAPerson() {
        assertThat(SharedExtractor.names("وقال الرئيس الهايتي إن الانتخابات ستجرى في موعدها.", "ar",
                EntityType.PERSON)).isEmpty();
    }

    @Test
    void adjectiveAfterATitleLetsTheNameFollow() {
        assertThat(SharedExtractor.names("وأعلن الرئيس الزيمبابوي إيمرسون منانغاغوا حالة الطوارئ.", "ar",
                EntityType.PERSON)).containsExactly("Emmerson Mnangagwa");
    }

    @Test
    void myanmarIsTheCountry() {
        assertThat(SharedExtractor.names("وقال رئيس ميانمار إن الوضع مستقر.", "ar", EntityType.LOC))
                .containsExactly("Myanmar");
    }
}
