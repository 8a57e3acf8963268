package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Given names each region spells its own way: the Gulf's Sulaiman and Mishaal, the Maghreb's Lamine and Boualem, and
 * Abubakr written as one word.
 */
class RegionalGivenNameSpellingsTest {

    @Test
    void theGulfWritesSulaimanAndMishaal() {
        assertThat(names("قال وزير المالية السعودي سليمان العتيبي إن العجز تراجع، وقال سعود بن مشعل إن المحادثات"
                + " مستمرة.", "ar", EntityType.PERSON)).containsExactly("Sulaiman al-Otaibi", "Saud bin Mishaal");
    }

    @Test
    void theMaghrebWritesLamineAndBoualem() {
        assertThat(names("قال وزير الطاقة الجزائري لمين بوعلام مزيان إن الإنتاج ارتفع.", "ar", EntityType.PERSON))
                .containsExactly("Lamine Boualem Meziane");
    }

    @Test
    void abubakrWrittenAsOneWordIsOneGivenName() {
        assertThat(names("قال وزير الصحة الليبي أبوبكر الفيتوري إن المستشفيات جاهزة.", "ar", EntityType.PERSON))
                .containsExactly("Abubakr al-Fitouri");
    }
}
