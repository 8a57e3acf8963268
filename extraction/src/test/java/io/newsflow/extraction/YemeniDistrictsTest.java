package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the districts (mudiriya) of Yemen's governorates in divisions.tsv link from
 * Arabic, with the division word or bare, to the name English-language news gives them; a name that is an everyday
 * word links only with "مديرية".
 */
class YemeniDistrictsTest {

    @Test
    void yemeniDistrictLinksWithTheWordMudiriyaAndBare() {
        assertThat(names("قصفت المدفعية مديرية حريب أمس.", "ar", EntityType.LOC)).containsExactly("Harib");
        assertThat(names("نزح مئات الأسر من صرواح أمس.", "ar", EntityType.LOC)).containsExactly("Sirwah");
        assertThat(names("سيطرت القوات على مديرية مكيراس أمس.", "ar", EntityType.LOC)).containsExactly("Mukayras");
    }

    @Test
    void districtTheGazetteerLacksIsAdded() {
        assertThat(names("اندلعت اشتباكات في مديرية رازح أمس.", "ar", EntityType.LOC)).containsExactly("Razih");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("أطلق الرجل اللحية أمس.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("وصلت المساعدات إلى مديرية اللحية أمس.", "ar", EntityType.LOC))
                .containsExactly("Al-Luhayyah");
        assertThat(names("شنت الطائرات غارات على مديرية جبن أمس.", "ar", EntityType.LOC)).containsExactly("Juban");
    }

    @Test
    void aDistrictNamedWithAndIsOnePlace() {
        assertThat(names("شنت القوات هجوما على مديرية خب والشعف أمس.", "ar", EntityType.LOC))
                .containsExactly("Khab wa al-Sha'af");
    }

    @Test
    void districtsOfAdenMahrahRaymahAndMahwitLink() {
        assertThat(names("وصل الوفد إلى خور مكسر أمس.", "ar", EntityType.LOC)).containsExactly("Khor Maksar");
        assertThat(names("اندلعت اشتباكات في مديرية حصوين أمس.", "ar", EntityType.LOC)).containsExactly("Huswain");
        assertThat(names("زار الوزير مديرية شبام كوكبان.", "ar", EntityType.LOC)).containsExactly("Shibam Kawkaban");
    }

    @Test
    void raymahsCapitalIsAnEverydayWordWithoutItsDivisionWord() {
        assertThat(names("مسح الرجل الجبين أمس.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("قصفت الطائرات مديرية الجبين أمس.", "ar", EntityType.LOC)).containsExactly("Al-Jabin");
    }
}
