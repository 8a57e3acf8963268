package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A place, with or without its division's word, ends a body's chain of bare nouns and stands first in English ("مديرية
 * أمن الزرقاء" Zarqa Security Directorate); after "مركز" a place is an Egyptian district, not a centre; the town a body
 * serves, after في or بـ, belongs to its name.
 */
class ArabicPlaceEndsGenitiveChainTest {

    @Test
    void aPlaceEndsTheChain() {
        assertThat(SharedExtractor.names("وقالت هيئة موانئ طرطوس إن السفن وصلت.", "ar", EntityType.ORG))
                .containsExactly("Tartus Ports Authority");
    }

    @Test
    void aDivisionsWordAndItsPlaceEndTheChain() {
        assertThat(SharedExtractor.names("وقالت مديرية شرطة محافظة المفرق إن الوضع هادئ في الأردن.", "ar",
                EntityType.ORG)).containsExactly("Mafraq Governorate Police Directorate");
    }

    @Test
    void aMarkazBeforeAPlaceIsNoBody() {
        assertThat(SharedExtractor.names("ووصل المحافظ إلى مركز قوص في محافظة قنا.", "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void theTownABodyServesAfterFiBelongsToItsName() {
        assertThat(SharedExtractor.names("وقالت مديرية الصحة في البصرة إن المستشفيات مستعدة.", "ar", EntityType.ORG))
                .containsExactly("Basra Health Directorate");
        // A company's town is where it works.
        assertThat(SharedExtractor.mentions("وقالت شركة مياه الواحة في إربد إن الماء انقطع.", "ar", EntityType.ORG))
                .containsExactly("شركة مياه الواحة");
    }

    @Test
    void bareNounsJoinedByAndStayInTheChain() {
        assertThat(SharedExtractor.names("وقالت هيئة كهرباء ومياه طرطوس إن الخدمة عادت.", "ar", EntityType.ORG))
                .containsExactly("Tartus Electricity and Water Authority");
    }
}
