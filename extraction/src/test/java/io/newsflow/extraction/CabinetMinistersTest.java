package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A minister introduced by title in an Arabic story is the knowledge-base person with the English press spelling,
 * whichever of the usual Arabic spellings the copy uses (people.tsv, block "cabinet ministers ... 2025").
 */
class CabinetMinistersTest {

    private static List<String> people(String body) {
        return SharedExtractor.names(body, "ar", EntityType.PERSON);
    }

    @Test
    void anInteriorMinisterNamedAfterHisTitleAndCountryIsLinked() {
        assertThat(people("قال وزير الداخلية التركي علي يرلي كايا إن الشرطة اعتقلت عشرين مشتبها به."))
                .contains("Ali Yerlikaya");
    }

    @Test
    void aMinisterOfTheCabinetBeforeAndOneOfTheCabinetAfterAreBothKnown() {
        assertThat(people("أعلن وزير المالية اللبناني ياسين جابر أن الموازنة ستقر، وكان سلفه يوسف خليل قد أعدها."))
                .contains("Yassine Jaber", "Youssef Khalil");
    }

    @Test
    void aGovernmentSpokesmanIsLinked() {
        assertThat(people("وصرح الناطق باسم الحكومة المغربية مصطفى بايتاس بأن المجلس صادق على المشروع."))
                .contains("Mustapha Baitas");
    }

    @Test
    void theTaMarbutaSpelledWithHaStillLinks() {
        assertThat(people("قال وزير العدل الجزائري لطفي بوجمعه إن مشروع القانون جاهز."))
                .contains("Lotfi Boudjemaa");
    }

    @Test
    void anIsraeliFinanceMinisterIsLinkedBySurnameToo() {
        assertThat(people("قال وزير المالية الإسرائيلي بتسلئيل سموتريتش إن الخطة ماضية، وكرر سموتريتش موقفه."))
                .containsOnly("Bezalel Smotrich");
    }
}
