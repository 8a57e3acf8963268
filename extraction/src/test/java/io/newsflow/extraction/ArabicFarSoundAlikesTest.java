package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 26: a word taken as a place on the sound of its consonants alone is not linked to a place on another
 * continent because the story uses that country's adjective somewhere ("القوات الأمريكية"); only the country's own name
 * or capital brings a far place in.
 */
class ArabicFarSoundAlikesTest {

    /** Two Jordanian towns: the story is set in Jordan. */
    private static final String IN_JORDAN = "قال مسؤولون في إربد والزرقاء إن وزير الزراعة الأردني ";

    private static ArticleEntity place(String body, String word) {
        return SharedExtractor.ofType(body, "ar", EntityType.LOC).stream()
                .filter(e -> e.mentions().get(0).text().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void aVillageSoundingLikeAFarDivisionStaysAPlaceOfItsOwn() {
        ArticleEntity village = place(IN_JORDAN + "زار قرية نفادا أمس، بعد انسحاب القوات الأمريكية من المنطقة.",
                "نفادا");
        assertThat(village.linked()).isFalse();
        assertThat(village.name()).isNotEqualTo("Nevada");
    }

    @Test
    void aFarDivisionIsLinkedWhenTheStoryNamesItsCountry() {
        ArticleEntity state = place(IN_JORDAN + "زار ولاية نفادا في الولايات المتحدة أمس.", "نفادا");
        assertThat(state.linked()).isTrue();
        assertThat(state.name()).isEqualTo("Nevada");
    }

    @Test
    void aTownOfTheStorysOwnCountryGoesBeforeAForeignTownOfTheSameSound() {
        ArticleEntity town = place("قال مسؤولون في حماة ودمشق إن وزير الزراعة السوري زار بلدة السقيلبية في سوريا "
                + "أمس، بعد عودته من تركيا.", "السقيلبية");
        assertThat(town.linked()).isTrue();
        assertThat(town.country()).isEqualTo("SY");
    }
}
