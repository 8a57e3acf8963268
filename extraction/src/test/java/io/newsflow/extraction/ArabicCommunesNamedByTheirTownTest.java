package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "بلدية" and "دائرة" name the Maghreb's commune and district, and Egypt's electoral district, by their town where no
 * body can be meant (joined to ب, after the people who live there, after a preposition or "عن" for a district); the
 * place is the town. Elsewhere the word heads the municipality, and no town is read from it.
 */
class ArabicCommunesNamedByTheirTownTest {

    @Test
    void aCommuneJoinedToBIsItsTown() {
        String text = "أوقفت مصالح الأمن شخصين ببلدية بوسعادة بحوزتهما كمية من المخدرات.";
        assertThat(SharedExtractor.mentions(text, "ar", EntityType.LOC)).contains("بوسعادة");
        assertThat(SharedExtractor.ofType(text, "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aCommuneAfterItsFarmersIsItsTown() {
        assertThat(SharedExtractor.mentions("وزعت المديرية بذورا على فلاحي بلدية تيميمون.", "ar", EntityType.LOC))
                .contains("تيميمون");
    }

    @Test
    void aDistrictAfterAPrepositionOrItsDeputyIsItsTown() {
        assertThat(SharedExtractor.mentions("وزعت الجمعية مساعدات على 300 عائلة في دائرة تيميمون.", "ar",
                EntityType.LOC)).contains("تيميمون");
        assertThat(SharedExtractor.mentions("وطالب النائب عن دائرة شبرا الحكومة بصرف التعويضات.", "ar",
                EntityType.LOC)).contains("شبرا");
    }

    @Test
    void aMunicipalityBeforeWhichNoPlaceIsReadNamesNoTown() {
        assertThat(SharedExtractor.mentions("يعتصم عمال النظافة أمام بلدية بوسعادة احتجاجا على تأخر الرواتب.", "ar",
                EntityType.LOC)).doesNotContain("بوسعادة");
    }
}
