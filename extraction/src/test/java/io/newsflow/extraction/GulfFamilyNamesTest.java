package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Oman, the Emirates and Qatar write the article of a family name as the word "Al" ("Al Hinai"), as their agencies
 * do; Saudi Arabia, Kuwait, Bahrain and the rest of the Arab world write "al-".
 */
class GulfFamilyNamesTest {

    @Test
    void anOmaniEmiratiOrQatariFamilyNameIsWrittenAlAndAWord() {
        assertThat(names("قال وزير الإسكان العماني خلفان بن سيف الحوسني إن المشروع اكتمل.", "ar", EntityType.PERSON))
                .containsExactly("Khalfan bin Saif Al Hosni");
        assertThat(names("قالت وزيرة التربية الإماراتية مريم الخييلي إن المدارس جاهزة.", "ar", EntityType.PERSON))
                .containsExactly("Maryam Al Khaili");
        assertThat(names("قال وزير البلدية القطري عيسى المناعي إن الحدائق ستفتح.", "ar", EntityType.PERSON))
                .containsExactly("Issa Al Mannai");
    }

    @Test
    void otherArabFamilyNamesKeepAlAndAHyphen() {
        assertThat(names("قال وزير الإسكان الكويتي خلفان الحوسني إن المشروع اكتمل.", "ar", EntityType.PERSON))
                .containsExactly("Khalfan al-Hosni");
    }
}
