package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the second-level divisions of Iraq (qadha), Syria (mantiqa), Jordan (liwa) and Oman (wilayat) in
 * divisions.tsv link from Arabic, with the division word or bare, to the name English-language news gives them; a
 * district named after a towns-ar.tsv town is that town, which the row makes a place of the knowledge base.
 */
class SecondLevelArabDivisionsTest {

    @Test
    void iraqiDistrictLinksWithTheWordQadhaAndBare() {
        assertThat(names("قتل ثلاثة أشخاص في قضاء الحويجة أمس.", "ar", EntityType.LOC)).containsExactly("Hawija");
        assertThat(names("افتتح مستشفى جديد في الحويجة أمس.", "ar", EntityType.LOC)).containsExactly("Hawija");
    }

    @Test
    void iraqiDistrictTheGazetteerLacksIsAdded() {
        assertThat(names("زار الوزير قضاء عين التمر أمس.", "ar", EntityType.LOC)).containsExactly("Ain al-Tamur");
    }

    @Test
    void syrianDistrictLinksWithTheWordMantiqaAndBare() {
        assertThat(names("وصلت التعزيزات إلى منطقة القرداحة أمس.", "ar", EntityType.LOC)).containsExactly("Qardaha");
        assertThat(names("اندلعت اشتباكات في القرداحة أمس.", "ar", EntityType.LOC)).containsExactly("Qardaha");
    }

    @Test
    void jordanianLiwaAndOmaniWilayatLink() {
        assertThat(names("افتتح الوزير مدرسة في لواء الرويشد أمس.", "ar", EntityType.LOC)).containsExactly("Ruwaished");
        assertThat(names("افتتح مشروع في ولاية مطرح أمس.", "ar", EntityType.LOC)).containsExactly("Muttrah");
    }

    @Test
    void aDistrictWhoseNameIsAnEverydayWordNeedsItsDivisionWord() {
        assertThat(names("اتفق الجانبان على إنهاء الخلاف الخالص.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("انتشرت القوات في قضاء الخالص أمس.", "ar", EntityType.LOC)).containsExactly("Khalis");
    }

    @Test
    void aSecondTownJoinedToAKnownDistrictSeatIsStillRead() {
        assertThat(names("زار وزير الداخلية العراقي بلدتي الحويجة وبامرني في العراق.", "ar", EntityType.LOC))
                .containsExactly("Hawija", "Bamarni", "Iraq");
    }

    @Test
    void theSeatTownKeepsItsPlaceCountryAndGuessedId() {
        CanonicalEntity town = KnowledgeBase.bundled().byId("loc:al-mahawil-iq").orElseThrow();
        assertThat(town.preferredName()).isEqualTo("Mahawil");
        assertThat(town.country()).isEqualTo("IQ");
        assertThat(town.lat()).isNotNull();
        assertThat(town.namesByLanguage().get("en")).contains("Al Mahawil", "Al-Mahawil");
        assertThat(town.namesByLanguage().get("ar")).contains("المحاويل");
    }
}
