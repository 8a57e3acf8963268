package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A person named after a verb of saying and before a comma is found when his given name is also a town (سالم, Salem)
 * or is a name in عبد of three parts or more; "قوى" heads a body of forces as "قوات" does.
 */
class ArabicSpeakersAndSecurityForcesTest {

    @ParameterizedTest
    @CsvSource({
        "وقال سالم حمدان الرواحي، وهو صياد منذ عشرين عاما، إن البحر هادئ., Salem Hamdan al-Rawahi",
        "وقال عبد الله بن ناصر العتيبي، وهو مزارع من القرية، إن الموسم جيد., Abdullah bin Nasser al-Otaibi"
    })
    void theSpeakerIsAPerson(String sentence, String person) {
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.PERSON)).containsExactly(person);
        assertThat(SharedExtractor.names(sentence, "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void aFamilyNameInAbdAloneIsNoNewPerson() {
        assertThat(SharedExtractor.names("وقال عبد العاطي إن الاجتماع انتهى.", "ar", EntityType.PERSON)).isEmpty();
    }

    @Test
    void forcesWrittenQuwaAreABodyWhenTheirWordsAreKnown() {
        assertThat(SharedExtractor.names("وانتشرت قوى الأمن العام في الساحة الرئيسية.", "ar", EntityType.ORG))
                .containsExactly("General Security Forces");
        assertThat(SharedExtractor.names("وانتشرت قوى الأمن في الشوارع.", "ar", EntityType.ORG)).isEmpty();
    }
}
