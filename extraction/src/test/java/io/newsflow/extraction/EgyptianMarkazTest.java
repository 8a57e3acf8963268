package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27: the markaz (districts) of Egypt's Upper Egypt governorates and of North and South Sinai in
 * divisions.tsv link from Arabic to the name English-language news gives them; a name that is an everyday word or
 * another place's links only with "مركز".
 */
class EgyptianMarkazTest {

    @Test
    void markazLinkBareAndWithTheWordMarkaz() {
        assertThat(names("وصلت قافلة إلى سمالوط صباح اليوم.", "ar", EntityType.LOC)).containsExactly("Samalut");
        assertThat(names("وصل الوزير إلى إهناسيا ثم إلى مغاغة.", "ar", EntityType.LOC))
                .containsExactly("Ihnasya", "Maghagha");
        assertThat(names("قتل شخصان في مشاجرة بمركز ساحل سليم بمحافظة أسيوط.", "ar", EntityType.LOC))
                .contains("Sahel Selim");
        assertThat(names("وصلت قافلة إلى بئر العبد أمس.", "ar", EntityType.LOC)).containsExactly("Bir al-Abd");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("قال إن الوقف يدعم المساجد.", "ar", EntityType.LOC)).isEmpty();
        assertThat(names("شارك الفريق في مركز القرنة بالأقصر.", "ar", EntityType.LOC)).contains("Al Qurna");
    }
}
