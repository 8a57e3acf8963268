package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A dateline "عمان (الأردن) - " or "عمان - " is Amman, not Oman, which Arabic spells alike; a valley named after a
 * known town is a place of its own ("Wadi X", the Maghreb's "Oued X"), and is not a town it only sounds like, its name
 * one word unless a head opens it ("وادي حمضة غمرت" is Wadi Hamda and a verb); a dual
 * place word ("قريتي X والY") names its second place with the article too; "بني" is "Bani" in the Levant, Iraq and
 * Arabia and "Beni" in the Maghreb; and a given name with a word after a place's name opens a person.
 */
class ArabicValleysDualsAndDatelinesTest {

    @Test
    void aDatelineSharedByACountryAndAnotherCountrysCityIsTheCity() {
        assertThat(SharedExtractor.names("عمان (الأردن) - قالت الحكومة أمس إن الأمطار أغلقت طرقا في العاصمة.", "ar",
                EntityType.LOC)).contains("Amman").doesNotContain("Oman");
        assertThat(SharedExtractor.names("عمان - قالت الحكومة أمس إن الأمطار أغلقت طرقا في العاصمة.", "ar",
                EntityType.LOC)).contains("Amman").doesNotContain("Oman");
        assertThat(SharedExtractor.names("وقال وزير خارجية عمان إن بلاده ستستضيف المحادثات الأسبوع المقبل.", "ar",
                EntityType.LOC)).contains("Oman");
    }

    @Test
    void aValleyNamedAfterATownIsAPlaceOfItsOwn() {
        assertThat(SharedExtractor.names(
                "وقال مسؤولون في السعودية إن السيول جرت في وادي تثليث أمس، بحسب الدفاع المدني في السعودية.", "ar",
                EntityType.LOC)).contains("Wadi Tathlith").doesNotContain("Tathlith");
        assertThat(SharedExtractor.names("وقال مسؤولون في المغرب إن الجفاف ضرب منطقة وادي تازيرت شرق المغرب.", "ar",
                EntityType.LOC)).contains("Oued Tazirat");
    }

    @Test
    void aValleysNameIsOneWordUnlessAHeadOpensIt() {
        assertThat(SharedExtractor.mentions(
                "وقال مسؤولون في السعودية إن مياه وادي حمضة غمرت المزارع، بحسب الدفاع المدني في السعودية.", "ar",
                EntityType.LOC)).contains("وادي حمضة").noneMatch(m -> m.contains("غمرت"));
    }

    @Test
    void aDualPlaceWordNamesItsSecondPlaceWithTheArticle() {
        assertThat(SharedExtractor.mentions(
                "وقال مسؤولون في الأردن إن المياه غمرت قريتي الشقرة والعطيان بعد الأمطار.", "ar", EntityType.LOC))
                .contains("الشقرة", "العطيان");
    }

    @Test
    void baniInTheMashriqBeniInTheMaghreb() {
        assertThat(SharedExtractor.names("وقال مسؤولون في الأردن إن المياه غمرت قرية بني زيد في شمال الأردن.", "ar",
                EntityType.LOC)).contains("Bani Zaid");
        assertThat(SharedExtractor.names("وقال مسؤولون في المغرب إن المياه غمرت جماعة بني زروال في شمال المغرب.", "ar",
                EntityType.LOC)).anyMatch(n -> n.startsWith("Beni Zar"));
    }

    @Test
    void aGivenNameAfterAPlaceOpensAPerson() {
        assertThat(SharedExtractor.mentions(
                "وقال رئيس مجلس قروي بني صالح خالد عمر إن الطريق أغلق، بحسب مسؤولين في الأردن، وهو ما أكدته حكومة الأردن.",
                "ar", EntityType.LOC)).contains("بني صالح").noneMatch(m -> m.contains("خالد"));
    }
}
