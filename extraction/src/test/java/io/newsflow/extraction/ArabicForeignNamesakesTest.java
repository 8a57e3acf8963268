package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * In a story set in one country, a word that resembles a place abroad is linked to that place only when the story
 * names its country; otherwise the reader sees a place of its own, spelt by rule, rather than a wrong place on the map.
 */
class ArabicForeignNamesakesTest {

    /** Two Egyptian cities: the story is set in Egypt. */
    private static final String IN_EGYPT = "قال مسؤولون في الغردقة والزقازيق إن ";

    private static ArticleEntity place(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void aCompassDivisionIsADivisionOfTheStorysCountry() {
        ArticleEntity division = place("افتتح وزير الزراعة في مدينة الزقازيق بمحافظة الشرقية مصنعا جديدا للأعلاف، بعد "
                + "زيارة إلى الغردقة.", "الشرقية");
        assertThat(division.linked()).isTrue();
        assertThat(division.name()).isEqualTo("Sharqia");
        assertThat(division.country()).isEqualTo("EG");
    }

    @Test
    void aForeignTownNamedOnlyByAnAmbassadorsNationalityStaysProvisional() {
        ArticleEntity town = place(IN_EGYPT + "السفير المغربي زار بلدة تافراوت أمس.", "تافراوت");
        assertThat(town.linked()).isFalse();
        assertThat(town.lat()).isNull();
    }

    @Test
    void aForeignTownIsLinkedWhenItsCountrysAdjectiveFollowsIt() {
        ArticleEntity town = place(IN_EGYPT + "السفير المغربي زار بلدة تافراوت المغربية أمس.", "تافراوت");
        assertThat(town.linked()).isTrue();
        assertThat(town.name()).isEqualTo("Tafraout");
        assertThat(town.country()).isEqualTo("MA");
    }

    @Test
    void aForeignTownIsLinkedWhenTheStoryNamesItsCountry() {
        ArticleEntity town = place(IN_EGYPT + "وزير الخارجية المغربي زار بلدة تافراوت في المغرب.", "تافراوت");
        assertThat(town.linked()).isTrue();
        assertThat(town.country()).isEqualTo("MA");
    }

    @Test
    void aDivisionAbroadNamedByOneWordInAStorySetElsewhereIsAPlaceOfItsOwn() {
        ArticleEntity town = place(IN_EGYPT + "المحافظ زار مدينة كانيلو أمس لافتتاح مدرسة.", "كانيلو");
        assertThat(town.linked()).isFalse();
        assertThat(town.name()).isNotEqualTo("Canillo");
    }

    @Test
    void aGivenNameInAPersonsNameIsNoForeignCity() {
        var places = SharedExtractor.ofType("قال مسؤولون في الدوحة والريان إن سالم علي الكواري طالب بتوسيع الميناء "
                + "في الدوحة.", "ar", EntityType.LOC);
        assertThat(places).extracting(ArticleEntity::country).containsOnly("QA");
    }
}
