package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * "ميناء اللاذقية" is the Port of Latakia, a place of its own beside the town; "وقال …، وهو تاجر" names the speaker
 * before his description, whether or not the lists hold his given name.
 */
class ArabicPortsAndDescribedSpeakersTest {

    @Test
    void aPortNamedAfterItsTownIsAPlaceOfItsOwn() {
        assertThat(SharedExtractor.names("رست سفينة الحبوب في ميناء اللاذقية صباح الأحد، وقال محافظ اللاذقية إن المدينة"
                + " استقبلت الشحنة.", "ar", EntityType.LOC)).containsExactlyInAnyOrder("Port of Latakia", "Latakia");
    }

    @Test
    void aSpeakerDescribedAfterACommaIsAPerson() {
        assertThat(SharedExtractor.mentions("وقال مراد خليل الدباغ، وهو صاحب متجر في السوق، إن الأسعار ارتفعت.", "ar",
                EntityType.PERSON)).containsExactly("مراد خليل الدباغ");
    }

    @Test
    void anEyewitnessDescribedAfterACommaIsNoPerson() {
        assertThat(SharedExtractor.names("وقال شاهد عيان، وهو من سكان الحي، إن القصف استمر.", "ar", EntityType.PERSON))
                .isEmpty();
    }
}
