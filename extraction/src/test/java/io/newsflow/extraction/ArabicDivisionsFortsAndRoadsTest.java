package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A division the gazetteer does not know is written with its word ("محافظة الخرمة", "مديرية ضرما" Darma District), one
 * it knows is named as the division also when the story names it alone ("المهرة" Al Mahrah Governorate), a fort is a
 * place of its own ("قلعة شمسان" Shamsan Fort), and Roads and Water are portfolios after وزارة only.
 */
class ArabicDivisionsFortsAndRoadsTest {

    @Test
    void anUnknownGovernorateKeepsItsWordAndIsOnePlaceWhenNamedAgainWithoutIt() {
        String body = "وزار الوزير محافظة الخرمة ثم عاد إلى العاصمة. وقال إن الخرمة تحتاج إلى مستشفى.";
        assertThat(SharedExtractor.ofType(body, "ar", EntityType.LOC)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).extracting(m -> m.text())
                        .containsExactly("محافظة الخرمة", "الخرمة"));
    }

    @Test
    void aGovernorateNamedAloneIsNamedAsTheDivisionUnlessACityHasItsName() {
        assertThat(SharedExtractor.ofType("وقال مسؤول في المهرة إن الأمطار غزيرة.", "ar", EntityType.LOC))
                .extracting(ArticleEntity::name).containsExactly("Al Mahrah Governorate");
        // "طرطوس" is also the city Tartus.
        assertThat(SharedExtractor.ofType("وقال مسؤول في طرطوس إن الأمطار غزيرة.", "ar", EntityType.LOC))
                .extracting(ArticleEntity::name).singleElement().matches(n -> !n.endsWith("Governorate"));
    }

    @Test
    void aYemeniDistrictIsNamedWithDistrict() {
        assertThat(SharedExtractor.ofType("وانقطعت الكهرباء عن مديرية ضرما منذ يومين.", "ar", EntityType.LOC))
                .extracting(ArticleEntity::name, e -> e.mentions().get(0).text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Darma District", "مديرية ضرما"));
    }

    @Test
    void aFortIsAPlaceAndTheVerbAfterItIsNoPartOfItsName() {
        assertThat(SharedExtractor.mentions("وقال إن عدد زوار قلعة شمسان تراجع هذا العام.", "ar", EntityType.LOC))
                .containsExactly("قلعة شمسان");
        assertThat(SharedExtractor.names("وتجمع السياح أمام قلعة عجلون في الصباح.", "ar", EntityType.LOC))
                .containsExactly("Ajloun Fort");
    }

    @Test
    void roadsAndWaterArePortfoliosAfterTheMinistryOnly() {
        assertThat(SharedExtractor.names("وقالت وزارة الأشغال العامة والطرق العمانية إن الجسر سيفتتح قريبا.", "ar",
                EntityType.ORG)).containsExactly("Ministry of Public Works and Roads (Oman)");
        assertThat(SharedExtractor.names("وأعلنت وزارة البيئة والماء التونسية عن خطة جديدة.", "ar", EntityType.ORG))
                .containsExactly("Ministry of Environment and Water (Tunisia)");
        assertThat(SharedExtractor.names("وتسببت الأمطار في إغلاق الطرق الليبية الرئيسية.", "ar", EntityType.ORG))
                .isEmpty();
    }
}
