package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An Iranian's name is spelled as Persian says it, a family name being mostly a given name with the nisba; Arabic
 * writes a Spaniard's z as ث; and a story datelined abroad names its people the way of the dateline's country.
 */
class ArabicPersianAndSpanishNamesTest {

    private static String person(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.PERSON).stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.text().contains(word)))
                .map(ArticleEntity::name).findFirst().orElseThrow();
    }

    @Test
    void anIraniansGivenNameAndNisbaArePersian() {
        assertThat(person("قال وزير الصناعة الإيراني فرشاد كريمي إن المصانع ستعمل بكامل طاقتها.", "فرشاد"))
                .isEqualTo("Farshad Karimi");
    }

    @Test
    void theNisbaOfAGivenNameEndingInAIsAvi() {
        assertThat(person("قال وزير الثقافة الإيراني حميد مصطفوي إن المعرض سيفتح أبوابه غدا.", "حميد"))
                .isEqualTo("Hamid Mostafavi");
    }

    @Test
    void anAzerbaijanisFamilyNameIsAPersianGivenNameWithOv() {
        assertThat(person("قال وزير الزراعة الأذربيجاني بهرام شاهينوف إن المحصول ارتفع هذا العام.", "بهرام"))
                .isEqualTo("Bahram Shahinov");
    }

    @Test
    void aSpaniardsThaIsAZ() {
        assertThat(person("قال وزير الزراعة الإسباني خورخي مارتينيث إن الصادرات ارتفعت.", "خورخي"))
                .isEqualTo("Jorge Martínez");
    }

    @Test
    void aDatelineAbroadGivesItsCountrysSpelling() {
        assertThat(person("سانتاندير (إسبانيا) - قال رئيس غرفة التجارة خورخي مارتينيث إن الميناء سيستقبل سفنا جديدة.",
                "خورخي")).startsWith("Jorge ");
    }
}
