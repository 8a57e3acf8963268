package io.newsflow.extraction;

import static io.newsflow.extraction.SharedExtractor.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;

/**
 * Session 25: the first-level divisions of the Arab League states (divisions.tsv) link to the name English-language
 * news gives them (the gazetteer's "Saladin" is "Salah al-Din"), with the division's word when Arabic copy writes it
 * ("محافظة القليوبية" Qalyubia Governorate), and a division the gazetteer holds stays one entity under that name.
 */
class ArabLeagueDivisionsTest {

    @Test
    void arabicGovernorateLinksToItsNewsName() {
        assertThat(names("افتتح المحافظ مستشفى في محافظة القليوبية أمس.", "ar", EntityType.LOC))
                .containsExactly("Qalyubia Governorate");
    }

    @Test
    void saudiRegionLinksToItsNewsName() {
        assertThat(names("هطلت أمطار غزيرة على منطقة القصيم أمس.", "ar", EntityType.LOC))
                .containsExactly("Al-Qassim Region");
    }

    @Test
    void englishAndFrenchNamesLinkToTheSameDivision() {
        assertThat(names("Farmers in Menoufia Governorate protested on Monday.", "en", EntityType.LOC))
                .containsExactly("Monufia");
        assertThat(names("Des pluies sont tombées sur le gouvernorat de Wasit lundi.", "fr", EntityType.LOC))
                .containsExactly("Wasit");
    }

    @Test
    void theGazetteerPlaceTakesTheNewsNameWithoutASecondEntity() {
        KnowledgeBase kb = KnowledgeBase.bundled();
        CanonicalEntity province = kb.byId("loc:saladin").orElseThrow();
        assertThat(province.preferredName()).isEqualTo("Salah al-Din");
        assertThat(province.namesByLanguage().get("en")).contains("Saladin", "Salahuddin");
        assertThat(kb.entities()).filteredOn(e -> e.preferredName().equals("Salah al-Din")).hasSize(1);
    }

    @Test
    void sudaneseStateTakesItsNewsSpellingAndTheWordState() {
        assertThat(names("نزح آلاف المدنيين من ولاية شمال كردفان أمس.", "ar", EntityType.LOC))
                .containsExactly("North Kordofan State");
        assertThat(names("Thousands fled North Kurdufan on Monday.", "en", EntityType.LOC))
                .containsExactly("North Kordofan");
    }

    @Test
    void omaniGovernorateLinksToItsNewsName() {
        assertThat(names("افتتح وزير الصحة مستشفى في محافظة البريمي أمس.", "ar", EntityType.LOC))
                .containsExactly("Al Buraimi Governorate");
    }

    @Test
    void moroccanRegionOfThe2015DivisionIsKnown() {
        assertThat(names("أعلنت السلطات في جهة الدار البيضاء سطات عن خطة جديدة للنقل.", "ar", EntityType.LOC))
                .containsExactly("Casablanca-Settat");
        assertThat(names("Ce vent froid a touché la région de Drâa-Tafilalet lundi.", "fr", EntityType.LOC))
                .containsExactly("Draa-Tafilalet");
    }

    @Test
    void somaliAndComorianDivisionsTakeTheirNewsSpelling() {
        assertThat(names("Clan militias clashed in the Hiran region on Monday.", "en", EntityType.LOC))
                .containsExactly("Hiiraan");
        assertThat(names("Des pluies sont tombées sur Mwali lundi.", "fr", EntityType.LOC))
                .containsExactly("Mohéli");
    }

    @Test
    void aGovernorateNamedAfterItsCityIsThatCity() {
        assertThat(names("Protests spread across Siliana Governorate on Monday.", "en", EntityType.LOC))
                .containsExactly("Siliana");
    }

    @Test
    void anAlgerianWilayaOf2019IsKnown() {
        assertThat(names("وصل وزير الداخلية إلى ولاية أولاد جلال أمس.", "ar", EntityType.LOC))
                .containsExactly("Ouled Djellal");
        assertThat(names("Le ministre s'est rendu dans la wilaya d'Ouled Djellal lundi.", "fr", EntityType.LOC))
                .containsExactly("Ouled Djellal");
    }
}
