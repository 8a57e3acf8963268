package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the districts of Ibb, Dhamar, Hajjah, Amran, Sanaa Governorate and Hadramaut in divisions.tsv link from
 * Arabic to the name English-language news gives them; a name that is an everyday word links only with "مديرية".
 */
class YemeniDistrictsThirdRoundTest {

    @Test
    void districtsLinkWithTheWordMudiriyaAndBare() {
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

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("حرض الرجل أصدقاءه على الرحيل.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("قصفت الطائرات مديرية حرض أمس.", "ar", EntityType.LOC)).containsExactly("Haradh");
        assertThat(names("نزح آلاف السكان من مديرية خمر أمس.", "ar", EntityType.LOC)).containsExactly("Khamir");
        assertThat(names("وصلت المساعدات إلى مديرية بني حشيش أمس.", "ar", EntityType.LOC))
                .containsExactly("Bani Hushaysh District");
    }
}
