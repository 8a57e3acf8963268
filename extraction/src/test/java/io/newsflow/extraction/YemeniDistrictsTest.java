package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Sessions 26 and 27: the districts (mudiriya) of Yemen's governorates in divisions.tsv link from
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
        assertThat(names("حرض الرجل أصدقاءه على الرحيل.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("قصفت الطائرات مديرية حرض أمس.", "ar", EntityType.LOC)).containsExactly("Haradh");
        assertThat(names("نزح آلاف السكان من مديرية خمر أمس.", "ar", EntityType.LOC)).containsExactly("Khamir");
        assertThat(names("وصلت المساعدات إلى مديرية بني حشيش أمس.", "ar", EntityType.LOC))
                .containsExactly("Bani Hushaysh District");
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

    @Test
    void districtsOfIbbDhamarHajjahAmranSanaaAndHadramautLink() {
        assertThat(names("وصلت قافلة إلى وصاب العالي أمس.", "ar", EntityType.LOC)).containsExactly("Wusab al-Ali");
        assertThat(names("زار الوزير كحلان عفار أمس.", "ar", EntityType.LOC)).containsExactly("Kuhlan Affar");
        assertThat(names("وصل الوفد إلى غيل باوزير أمس.", "ar", EntityType.LOC)).containsExactly("Ghayl Ba Wazir");
        assertThat(names("اندلعت اشتباكات في مديرية حجر الصيعر أمس.", "ar", EntityType.LOC))
                .containsExactly("Hajr al-Say'ar");
    }

    @Test
    void aGazetteerTownWithoutArabicTakesTheDistrictsName() {
        assertThat(names("زار المحافظ مديرية ذي السفال أمس.", "ar", EntityType.LOC)).containsExactly("Dhi al-Sufal");
    }
}
