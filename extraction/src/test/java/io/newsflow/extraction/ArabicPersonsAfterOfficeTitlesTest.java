package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Which Arabic words are a person after the office titles of Arabic news: titles of diplomacy, local government and
 * religion the lexicon now holds; the nouns after a title that belong to the office (lexicon/title-nouns-ar.txt); a
 * one-word title inside a name; a foreign name of three bare words; a place after a title ending in a unit of place.
 * Invented names.
 */
class ArabicPersonsAfterOfficeTitlesTest {

    private static Iterable<String> persons(String body) {
        return SharedExtractor.mentions(body, "ar", EntityType.PERSON);
    }

    @Test
    void officeTitlesOfDiplomacyLocalGovernmentAndReligionIntroduceAName() {
        assertThat(persons("وقال الموفد الأوروبي فيليبو راندازو إن الحوار مستمر.")).containsExactly("فيليبو راندازو");
        assertThat(persons("وتفقد قائممقام المنطقة شربل طانيوس فخري، أمس، الطرقات.")).containsExactly("شربل طانيوس فخري");
        assertThat(persons("ودعا مفتي الجمهورية الشيخ رامز حمدي العطار إلى الهدوء.")).containsExactly("رامز حمدي العطار");
    }

    @Test
    void aNounAfterATitleBelongsToTheOfficeNotTheName() {
        assertThat(persons("وقال رئيس بعثة المراقبين الدوليين هوغو ماتياس إن الوضع هادئ."))
                .containsExactly("هوغو ماتياس");
        assertThat(persons("وقال منسق شبكة الإنذار المبكر إن الأمطار ستستمر.")).isEmpty();
    }

    @Test
    void aOneWordTitleBetweenAGivenNameAndAFamilyNameIsPartOfTheName() {
        assertThat(persons("وأكد رئيس الوفد صالح قائد الذبحاني أن المحادثات جادة.")).containsExactly("صالح قائد الذبحاني");
    }

    @Test
    void aForeignNameOfThreeBareWordsIsTakenWhole() {
        assertThat(persons("وطالب السفير ماركوس فيليبي سانتانا بإجراء تحقيق.")).containsExactly("ماركوس فيليبي سانتانا");
    }

    @Test
    void theWordAfterATitleEndingInAUnitOfPlaceIsThePlace() {
        assertThat(persons("وقال مدير ناحية كرمليس جواد كاظم الحسناوي إن المياه عادت."))
                .containsExactly("جواد كاظم الحسناوي");
    }
}
