package io.newsflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.search.analysis.NameNormaliser;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    @Test
    void arabicAlefFormsAndTaMarbutaFold() {
        assertThat(NameNormaliser.normalise("إسطنبول")).isEqualTo(NameNormaliser.normalise("اسطنبول"));
        assertThat(NameNormaliser.normalise("القاهرة")).isEqualTo(NameNormaliser.normalise("القاهره"));
    }

    @Test
    void diacriticsTatweelAndDirectionMarksVanish() {
        assertThat(NameNormaliser.normalise("رُومـا\u200f")).isEqualTo("روما");
        assertThat(NameNormaliser.normalise("  Île-de-France ")).isEqualTo("ile-de-france");
    }
}
