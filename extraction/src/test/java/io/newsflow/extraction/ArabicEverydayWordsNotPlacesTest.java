package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * An everyday Arabic word that equals a gazetteer place's name once a clitic is peeled off, a name run on into a
 * particle, or a word pointing back to a place already named is not read as a place.
 */
class ArabicEverydayWordsNotPlacesTest {

    @Test
    void aWordTheStoryWritesWithTheArticleKeepsItsFirstLetter() {
        // "كريمة" (decent) is not ك + Raymah when the story also writes "الكريمة".
        var places = SharedExtractor.names("طالب المحتجون في مادبا بحياة كريمة، وقالوا إن الحياة الكريمة حق لكل "
                + "مواطن.", "ar", EntityType.LOC);
        assertThat(places).containsExactly("Madaba");
    }

    @Test
    void aGazetteerNameEndingInAParticleIsNotTaken() {
        // "هوي أن" (a given name, then "that") is not Hoi An.
        var places = SharedExtractor.names("وقال المزارع فام فان هوي أن الأسعار ارتفعت في هانوي.", "ar",
                EntityType.LOC);
        assertThat(places).containsExactly("Hanoi");
    }

    @Test
    void theCountrysideOfAnEverydayWordIsNoPlace() {
        // "ريف المدينة": the city's countryside, not Medina.
        var places = SharedExtractor.names("وقال مزارع من ريف المدينة في حماة إن الموسم كان سيئا.", "ar",
                EntityType.LOC);
        assertThat(places).containsExactly("Hama");
    }
}
