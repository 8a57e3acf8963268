package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: the land border crossings of the Arab League states (crossings.tsv) link, from "معبر" or "منفذ" and the
 * name of either post, to the name English-language wire copy gives the crossing; the bare town keeps its own entity.
 */
class ArabLeagueBorderCrossingsTest {

    @Test
    void syrianPostNameLinksToTheLebaneseCrossing() {
        assertThat(names("عبرت عشرات العائلات معبر جديدة يابوس باتجاه لبنان أمس.", "ar", EntityType.LOC))
                .containsExactly("Masnaa border crossing", "Lebanon");
    }

    @Test
    void iraqiCrossingWrittenWithItsPortWordLinks() {
        assertThat(names("أعلنت هيئة المنافذ إعادة فتح منفذ الشلامجة أمام المسافرين.", "ar", EntityType.LOC))
                .containsExactly("Shalamcheh border crossing");
    }

    @Test
    void englishAndFrenchNamesLinkToTheSameCrossing() {
        assertThat(names("Trucks queued at the Bab al-Hawa crossing on Monday.", "en", EntityType.LOC))
                .containsExactly("Bab al-Hawa border crossing");
        assertThat(names("Des voyageurs ont franchi le pont Allenby lundi.", "fr", EntityType.LOC))
                .containsExactly("Allenby Bridge crossing");
    }
}
