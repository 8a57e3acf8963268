package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the localities (mahaliya) of Sudan's Darfur states and of the three Kordofan states in divisions.tsv link from
 * Arabic to the name English-language news gives them; a name that is an everyday word links only with "محلية".
 */
class SudaneseLocalitiesTest {

    @Test
    void localitiesLinkBareAndWithTheWordMahaliya() {
        assertThat(names("اندلعت اشتباكات في كبكابية أمس.", "ar", EntityType.LOC)).containsExactly("Kabkabiya");
        assertThat(names("نزح آلاف المدنيين من سرف عمرة أمس.", "ar", EntityType.LOC)).containsExactly("Saraf Omra");
        assertThat(names("وصلت قافلة إلى محلية عد الفرسان أمس.", "ar", EntityType.LOC))
                .containsExactly("Ed al-Fursan");
        assertThat(names("سيطرت القوات على أبو كارنكا أمس.", "ar", EntityType.LOC)).containsExactly("Abu Karinka");
        assertThat(names("وصلت قافلة إلى جبرة الشيخ أمس.", "ar", EntityType.LOC)).containsExactly("Gebrat al-Sheikh");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("اشترى الطفل شعيرية أمس.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("وصلت المساعدات إلى محلية شعيرية أمس.", "ar", EntityType.LOC)).containsExactly("Shearia");
        assertThat(names("زار الوالي محلية كاس أمس.", "ar", EntityType.LOC)).containsExactly("Kas");
    }

    @Test
    void kordofanLocalitiesLink() {
        assertThat(names("نزح آلاف من محلية القوز إلى أبو كرشولا.", "ar", EntityType.LOC))
                .containsExactly("Al-Quoz Locality", "Abu Kershola");
        assertThat(names("وصل الوالي إلى محلية المجلد ثم إلى الميرم.", "ar", EntityType.LOC))
                .containsExactly("Al-Muglad", "Al-Meiram");
        assertThat(names("اشترى الرجل المجلد الأول من الكتاب.", "ar", EntityType.LOC)).isEmpty();
    }
}
