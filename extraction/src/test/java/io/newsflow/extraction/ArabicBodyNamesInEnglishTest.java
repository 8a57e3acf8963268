package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Arabic bodies that no list holds, named in English the way English news names them: a national body named by
 * common words and its country's adjective takes the country in parentheses; a body with a name of its own, in words
 * no glossary knows, is named by that name transliterated and what the body is. A place of an Arab country named with
 * its division word is named as that division ("Al Muthanna Governorate").
 */
class ArabicBodyNamesInEnglishTest {

    @Test
    void aBodyOfCommonWordsAndACountryAdjectiveIsThatCountrysBody() {
        assertThat(SharedExtractor.names("ووقع بنك التنمية العماني أمس اتفاقية مع الوزارة.", "ar", EntityType.ORG))
                .containsExactly("Oman Development Bank");
        assertThat(SharedExtractor.names("وقال المجلس الرئاسي الليبي إن الاجتماع سيعقد غدا.", "ar", EntityType.ORG))
                .containsExactly("Libyan Presidential Council");
    }

    @Test
    void anAmbassadorIsOfTheCountryBeforeLadaNotOfTheCountryHeIsPostedTo() {
        assertThat(SharedExtractor.names("واستقبل الوزير سفير ألمانيا لدى اليمن يوهانس كلاينرت أمس.", "ar",
                EntityType.PERSON)).singleElement().asString().endsWith(" Kleinert");
    }

    @Test
    void aBodyWithAPurposeKeepsItsAdjectiveInItsName() {
        assertThat(SharedExtractor.names("وقالت الهيئة الأردنية للتنمية إن المشروع سيبدأ.", "ar", EntityType.ORG))
                .singleElement().asString().startsWith("Jordanian ");
    }

    @Test
    void aCompanysOwnNameIsTransliteratedBeforeItsTrade() {
        assertThat(SharedExtractor.names("ووقعت الوزارة عقدا مع شركة الشمال للهندسة والمقاولات لإعادة تأهيل الطريق.", "ar", EntityType.ORG))
                .containsExactly("Al Shamal Engineering and Contracting Company");
    }

    @Test
    void anAssociationsOwnNameRunsOnThroughWa() {
        assertThat(SharedExtractor.names("وقالت جمعية الإرشاد والإصلاح إن القافلة وصلت.", "ar", EntityType.ORG))
                .containsExactly("Al Irshad wal Islah Association");
    }

    @Test
    void aDescriptionAfterADefiniteHeadIsNoOwnName() {
        assertThat(SharedExtractor.names("وأعلنت الجبهة الأوروبية موقفها أمس.", "ar", EntityType.ORG))
                .noneMatch(n -> n.startsWith("Al "));
    }

    @Test
    void aPlaceNamedAsItsCountrysDivisionTakesTheDivisionsEnglishWord() {
        assertThat(SharedExtractor.names("وقال محافظ محافظة المثنى إن المياه شحيحة.", "ar", EntityType.LOC))
                .contains("Muthanna Governorate");
        assertThat(SharedExtractor.names("وتضررت عدة مزارع في ولاية أدرار جنوب الجزائر أمس.", "ar", EntityType.LOC))
                .contains("Adrar Province");
    }

    @Test
    void aTownsCouncilIsNamedAfterItsTown() {
        assertThat(SharedExtractor.names("وقال رئيس المجلس البلدي أوباري إن الوضع صعب.", "ar", EntityType.ORG))
                .containsExactly("Ubari Municipal Council");
        assertThat(SharedExtractor.names("وناقش المجلس البلدي لمحافظة الداخلية الخطة.", "ar", EntityType.ORG))
                .containsExactly("Ad Dakhiliyah Municipal Council");
        assertThat(SharedExtractor.names("وقال المجلس البلدي الجديد إن الخطة جاهزة.", "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void continentsHaveTheirArabicNames() {
        assertThat(SharedExtractor.names("وقال الوزير إن الصادرات إلى أمريكا الجنوبية ارتفعت.", "ar", EntityType.LOC))
                .containsExactly("South America");
    }

    @Test
    void aDivisionsWordMakesANameOfAnEverydayWord() {
        assertThat(SharedExtractor.names("ويقع مركز محافظة الداخلية في نزوى.", "ar", EntityType.LOC))
                .contains("Ad Dakhiliyah Governorate");
        assertThat(SharedExtractor.names("ويقع مركز محافظة الداخلية في نزوى.", "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aBareWordBetweenAHeadAndItsPurposeIsTheBodysOwnName() {
        assertThat(SharedExtractor.mentions("ووقعت مؤسسة صلة للتنمية اتفاقية مع الوزارة.", "ar", EntityType.ORG))
                .containsExactly("مؤسسة صلة للتنمية");
        assertThat(SharedExtractor.names("ووقعت مؤسسة صلة للتنمية اتفاقية مع الوزارة.", "ar", EntityType.ORG))
                .singleElement().asString().endsWith(" Foundation for Development");
    }

    @Test
    void aPlaceAndACompassAdjectiveNameItsPartAndAnAirportKeepsItsWord() {
        assertThat(SharedExtractor.mentions("والتقى الوزير مزارعين في البقاع الشمالي أمس.", "ar", EntityType.LOC))
                .containsExactly("البقاع الشمالي");
        assertThat(SharedExtractor.mentions("وقصفت الطائرات ريف دير الزور الشرقي أمس.", "ar", EntityType.LOC))
                .containsExactly("دير الزور");
        assertThat(SharedExtractor.mentions("وهبطت الطائرة في مطار رينيه معوض الدولي.", "ar", EntityType.LOC))
                .containsExactly("مطار رينيه معوض الدولي");
    }

    @Test
    void aCountrysForcesDescribedAreNoBody() {
        assertThat(SharedExtractor.names("واقتحمت القوات الإسرائيلية مخيم جنين.", "ar", EntityType.ORG)).isEmpty();
        assertThat(SharedExtractor.names("واقتحمت قوات الاحتلال الإسرائيلي المدينة.", "ar", EntityType.ORG)).isEmpty();
        assertThat(SharedExtractor.names("وقالت القوات المسلحة المصرية إن التدريب انتهى.", "ar", EntityType.ORG))
                .containsExactly("Egyptian Armed Forces");
    }

    @Test
    void afterTheWordForTownTheTownIsMeantNotItsDivision() {
        assertThat(SharedExtractor.names("ومن المقرر أن يزور الوزير مدينة السمارة السبت المقبل في المغرب.", "ar",
                EntityType.LOC)).contains("Smara");
    }
}
