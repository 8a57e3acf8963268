package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** "ريف درعا" is the countryside of Daraa: the town after ريف is a place, without another cue before it. */
class ArabicCountrysideTest {

    @Test
    void theTownAfterCountrysideIsAPlace() {
        assertThat(SharedExtractor.names("وسقطت قذائف على بلدات في ريف درعا الشرقي.", "ar", EntityType.LOC))
                .containsExactly("Daraa");
    }

    @Test
    void theEverydayCountrysideNamesNoPlace() {
        assertThat(SharedExtractor.names("وانتقل إلى ريف هادئ بعيد عن الضجيج.", "ar", EntityType.LOC)).isEmpty();
    }
}
