package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27: physical geography in regions.tsv (rivers, lakes and reservoirs, seas and straits, ranges, deserts,
 * plains and valleys) links from Arabic, English and French to one entity per feature; a river named like a country
 * is found only with its kind word.
 */
class PhysicalGeographyTest {

    @Test
    void riversLinkInEachLanguage() {
        assertThat(names("غرقت عبارة في نهر اليانغتسي بينما فاض نهر سبو.", "ar", EntityType.LOC))
                .containsExactly("Yangtze", "Sebou");
        assertThat(names("Floods on the Yangtze and the Sebou River forced evacuations.", "en", EntityType.LOC))
                .containsExactly("Yangtze", "Sebou");
        assertThat(names("Le Yangtsé et le Sebou ont débordé.", "fr", EntityType.LOC))
                .containsExactly("Yangtze", "Sebou");
    }

    @Test
    void lakesAndDamLakesLinkInEachLanguage() {
        assertThat(names("تجمد سطح بحيرة بايكال وانخفض منسوب بحيرة الحبانية.", "ar", EntityType.LOC))
                .containsExactly("Lake Baikal", "Lake Habbaniyah");
        assertThat(names("Ice covered Lake Baikal while Lake Habbaniyah shrank.", "en", EntityType.LOC))
                .containsExactly("Lake Baikal", "Lake Habbaniyah");
        assertThat(names("Le lac Baïkal a gelé et le lac Habbaniyah a baissé.", "fr", EntityType.LOC))
                .containsExactly("Lake Baikal", "Lake Habbaniyah");
    }

    @Test
    void seasAndGulfsLinkInEachLanguage() {
        assertThat(names("رصدت سفن حربية في بحر مرمرة وفي خليج سرت.", "ar", EntityType.LOC))
                .containsExactly("Sea of Marmara", "Gulf of Sidra");
        assertThat(names("Warships were seen in the Sea of Marmara and the Gulf of Sidra.", "en", EntityType.LOC))
                .containsExactly("Sea of Marmara", "Gulf of Sidra");
        assertThat(names("Des navires ont été vus en mer de Marmara et dans le golfe de Syrte.", "fr", EntityType.LOC))
                .containsExactly("Sea of Marmara", "Gulf of Sidra");
    }

    @Test
    void rangesDesertsAndPlainsLinkInEachLanguage() {
        assertThat(names("تساقطت الثلوج على جبال طوروس وفي صحراء النفود وسهل نينوى وسهل الغاب.", "ar", EntityType.LOC))
                .containsExactly("Taurus Mountains", "Nafud Desert", "Nineveh Plains", "Ghab Plain");
        assertThat(names("Snow fell on the Taurus Mountains, the Nafud Desert, the Nineveh Plains and the Ghab Plain.",
                "en", EntityType.LOC))
                .containsExactly("Taurus Mountains", "Nafud Desert", "Nineveh Plains", "Ghab Plain");
        assertThat(names("Il a neigé sur les monts Taurus, le désert du Néfoud, la plaine de Ninive et la plaine du Ghab.",
                "fr", EntityType.LOC))
                .containsExactly("Taurus Mountains", "Nafud Desert", "Nineveh Plains", "Ghab Plain");
    }

    @Test
    void riverNamedLikeACountryNeedsItsKindWord() {
        assertThat(names("نفقت الأسماك في نهر النيجر بينما زار الرئيس النيجر.", "ar", EntityType.LOC))
                .containsExactly("Niger River", "Niger");
        assertThat(names("Fishermen on the Niger River said Niger had closed its border.", "en", EntityType.LOC))
                .containsExactly("Niger River", "Niger");
    }
}
