package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 28: Libya's municipalities (baladiyat) in divisions.tsv link from Arabic, English and French to the name
 * English-language news gives them; a name that is an everyday word links only with "بلدية".
 */
class LibyanMunicipalitiesTest {

    @Test
    void municipalitiesLinkBareAndWithTheWordBaladiya() {
        assertThat(names("اندلعت اشتباكات مسلحة في جنزور أمس.", "ar", EntityType.LOC)).containsExactly("Janzour");
        assertThat(names("نزح السكان من تاورغاء إلى ترهونة أمس.", "ar", EntityType.LOC))
                .containsExactly("Tawergha", "Tarhuna");
        assertThat(names("زار الوزير بلدية أبو سليم أمس.", "ar", EntityType.LOC)).containsExactly("Abu Salim");
    }

    @Test
    void municipalitiesLinkFromEnglishAndFrench() {
        assertThat(names("Clashes broke out in Janzour and Ain Zara on Tuesday.", "en", EntityType.LOC))
                .containsExactly("Janzour", "Ain Zara");
        assertThat(names("Des combats ont eu lieu à Tarhounah et à Gharyan.", "fr", EntityType.LOC))
                .containsExactly("Tarhuna", "Gharyan");
    }

    @Test
    void anEverydayWordNeedsItsDivisionWord() {
        assertThat(names("قال إن الخمس سنوات الماضية كانت صعبة.", "ar", EntityType.LOC)).isEmpty();
    }
}
