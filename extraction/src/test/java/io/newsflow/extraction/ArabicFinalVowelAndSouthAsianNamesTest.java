package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Session 27 (h/arlink4): a foreign town whose final a the story writes with alef where the gazetteer writes ta
 * marbuta is the gazetteer's town when the story names its country; a Pakistani's or Afghan's compound with Allah is
 * spelled "-ullah"; Chad, Niger and Mali spell Arabic given names in French, Chad's Muhammad "Mahamat".
 */
class ArabicFinalVowelAndSouthAsianNamesTest {

    private static ArticleEntity first(String body, EntityType type, String word) {
        return SharedExtractor.ofType(body, "ar", type).stream()
                .filter(e -> e.mentions().get(0).text().contains(word)).findFirst().orElseThrow();
    }

    @Test
    void aTownWrittenWithFinalAlefIsTheGazetteersTownOfTheNamedCountry() {
        ArticleEntity town = first("قالت الشرطة الأردنية إن مسلحين هاجموا مدينة كويتا في باكستان.", EntityType.LOC,
                "كويتا");
        assertThat(town.linked()).isTrue();
        assertThat(town.name()).isEqualTo("Quetta");
    }

    @Test
    void aPakistanisCompoundWithAllahEndsInUllah() {
        ArticleEntity person = first("قال وزير الداخلية الباكستاني حميد الله ذاكر إن الشرطة اعتقلت المشتبه به.",
                EntityType.PERSON, "حميد");
        assertThat(person.name()).startsWith("Hamidullah ");
    }

    @Test
    void aChadianMuhammadIsMahamat() {
        ArticleEntity person = first("قال وزير الدفاع التشادي محمد نور عبد الكريم إن الحدود مع السودان مغلقة.",
                EntityType.PERSON, "نور");
        assertThat(person.name()).startsWith("Mahamat ");
    }

    @Test
    void aNigerienGivenNameTakesItsFrenchSpelling() {
        ArticleEntity person = first("قال وزير الداخلية النيجري محمد تومبا إن الجيش قتل مسلحين.", EntityType.PERSON,
                "تومبا");
        assertThat(person.name()).startsWith("Mohamed ");
    }
}
