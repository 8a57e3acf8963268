package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * After a place word, a town too small for the gazetteer (GeoNames cities1000, knowledge/towns-ar.tsv) is linked to
 * its English name when its consonant skeleton agrees and the story names its country; otherwise it stays provisional.
 */
class ArabicSmallTownsTest {

    @Test
    void aSmallTownInTheStorysCountryIsLinked() {
        ArticleEntity town = SharedExtractor.ofType(
                "قالت السلطات السورية إن اشتباكات اندلعت في بلدة صلخد جنوب سوريا.", "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains("صلخد")).findFirst().orElseThrow();
        assertThat(town.linked()).isTrue();
        assertThat(town.name()).isEqualTo("Salkhad");
        assertThat(town.country()).isEqualTo("SY");
        assertThat(town.lat()).isBetween(32.0, 33.0);
    }

    @Test
    void aSmallTownOfACountryTheStoryDoesNotNameStaysProvisional() {
        ArticleEntity town = SharedExtractor.ofType(
                "وصل الوزير الفرنسي إلى بلدة طرفاية صباح الأحد.", "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains("طرفاية")).findFirst().orElseThrow();
        assertThat(town.linked()).isFalse();
    }

    @Test
    void aSmallTownIsLinkedWhenTheStoryNamesItsCountry() {
        ArticleEntity town = SharedExtractor.ofType(
                "وصل وزير الداخلية المغربي إلى بلدة طرفاية صباح الأحد.", "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains("طرفاية")).findFirst().orElseThrow();
        assertThat(town.linked()).isTrue();
        assertThat(town.name()).isEqualTo("Tarfaya");
        assertThat(town.country()).isEqualTo("MA");
    }
}
