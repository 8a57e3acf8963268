package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * After a plural place word ("قرى", "بلدات", "محليات", "جماعات", "دواوير", "مديريات") every place of the list is a
 * place, those with the article too; the plural names no place itself, and a word that describes the places
 * ("قرى كثيرة") names none, nor do counted ones ("عشر قرى").
 */
class ArabicPlacesListedAfterAPluralPlaceWordTest {

    @Test
    void everyVillageListedAfterThePluralIsAPlace() {
        assertThat(SharedExtractor.mentions(
                "وأعلنت السلطات إخلاء منازل في قرى كفر داود والخطاطبة والطرانة بعد ارتفاع منسوب المياه.", "ar",
                EntityType.LOC)).contains("كفر داود", "الخطاطبة", "الطرانة");
    }

    @Test
    void thePluralAndAWordDescribingThePlacesAreNoPlaces() {
        assertThat(SharedExtractor.mentions("وقال المحافظ إن قرى كثيرة في المحافظة تعيش بلا كهرباء منذ أسبوع.",
                "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void countedVillagesAreNotNamed() {
        assertThat(SharedExtractor.mentions("وانقطعت الكهرباء عن عشر قرى لساعات قبل أن تعود صباح اليوم.", "ar",
                EntityType.LOC)).isEmpty();
    }
}
