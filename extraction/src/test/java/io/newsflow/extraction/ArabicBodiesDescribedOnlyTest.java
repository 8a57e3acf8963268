package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A body's head with a word that points back to a place or body named elsewhere ("حكومة المحافظة", "قوات الحركة") or
 * only describes it ("القوات الحكومية", "القوات الأجنبية") names no organisation; with a nationality it does.
 */
class ArabicBodiesDescribedOnlyTest {

    @Test
    void aHeadWithADescribingWordIsNoBody() {
        assertThat(SharedExtractor.mentions("وأعلنت حكومة المحافظة أن القوات الحكومية استعادت البلدة بعد انسحاب القوات "
                + "الأجنبية.", "ar", EntityType.ORG)).isEmpty();
    }

    @Test
    void aHeadWithANationalityIsStillABody() {
        assertThat(SharedExtractor.mentions("وأعلنت الحكومة الفنلندية أن قوات الحركة انسحبت.", "ar", EntityType.ORG))
                .containsExactly("الحكومة الفنلندية");
    }
}
