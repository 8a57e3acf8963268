package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where an Arabic body's name starts and ends: clitics on its head, a person after it, joined portfolios. */
class ArabicBodyBoundariesTest {

    @Test
    void aCompanyHeadWithLamAndTheArticleIsNoBrandAndLeavesThePersonAfterIt() {
        String body = "وقال نائب الرئيس التنفيذي للشركة دارشان كوهلي إن المبيعات تحسنت.";
        assertThat(SharedExtractor.names(body, "ar", EntityType.ORG)).isEmpty();
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.PERSON)).containsExactly("دارشان كوهلي");
    }

    @Test
    void aBareNounInConstructTakesThePlaceTheStoryNamesAsItsGenitive() {
        String body = "وقالت مديرية صحة واسط إن المستشفيات جاهزة، بعد السيول التي ضربت محافظة واسط.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.ORG)).containsExactly("مديرية صحة واسط");
    }

    @Test
    void aChamberNamedInTwoWordsEndsBeforeItsMembersName() {
        String body = "وقال عضو مجلس الشيوخ كمال الدباغ إن القانون سيعدل.";
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.ORG)).containsExactly("مجلس الشيوخ");
        assertThat(SharedExtractor.mentions(body, "ar", EntityType.PERSON)).containsExactly("كمال الدباغ");
    }

    @Test
    void ledByIsNoCommand() {
        assertThat(SharedExtractor.INSTANCE.extract("", "وشنت قوات بقيادة الإمارات هجوما على المدينة.",
                SharedExtractor.PUBLISHED, "ar").entities()).extracting(e -> e.name())
                .containsExactly("United Arab Emirates");
    }

    /**
     * Three portfolios joined by و name one ministry; a two-word glossary row is glossed as one phrase; a company the
     * knowledge base names whole is no ministry; international bodies have their Arabic names; civil defence is a
     * country's service, but named alone in a story about its directorate it is that directorate shortened.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "وأعلنت وزارة الزراعة والمياه والبيئة العمانية عن خطة لمكافحة التصحر.|"
                + "Ministry of Agriculture, Water and Environment (Oman)",
        "وتوقعت هيئة الأرصاد الجوية طقسا حارا على السواحل.|Meteorology Authority",
        "وأعلنت شركة الاتصالات السعودية عن أرباح قياسية.|STC",
        "وقال اتحاد نهر مانو إن الدول الأعضاء ستعقد قمة.|Mano River Union",
        "وقال الدفاع المدني السوري إن فرقه أخمدت الحريق.|Syrian Civil Defence",
        "وقال مدير عام الدفاع المدني إن المديرية العامة للدفاع المدني نشرت فرقها.|General Directorate of Civil Defence"})
    void aBodyIsNamedWhole(String body, String name) {
        assertThat(SharedExtractor.names(body, "ar", EntityType.ORG)).containsExactly(name);
    }
}
