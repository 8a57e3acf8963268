package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/** Districts, provinces and governed places named in Arabic with no list that holds them. */
class ArabicDistrictWordsTest {

    @Test
    void aDistrictOrProvinceAfterAPrepositionIsAPlace() {
        assertThat(SharedExtractor.names("وسقطت قذيفة على حي الورود شمالي المدينة، فيما وصل وفد إلى قضاء العظيم.",
                "ar", EntityType.LOC)).containsExactly("al-Warud", "al-Azim");
        assertThat(SharedExtractor.names("ووصل الوزير إلى مقاطعة يوننان جنوب غربي الصين.", "ar", EntityType.LOC))
                .containsExactly("Yunanan", "China");
    }

    @Test
    void theEverydayReadingsOfDistrictWordsNameNoPlace() {
        String body = "ودعا الحزب إلى مقاطعة الانتخابات، وكان الرجل حي يرزق، وبنيت المدرسة في حي سكني.";
        assertThat(SharedExtractor.names(body, "ar", EntityType.LOC)).isEmpty();
        String spent = "وأشار إلى قضاء ساعات طويلة في العمل، ودعت النقابة إلى مقاطعة شاملة، وتقع الشقة في حي يعج"
                + " بالسكان.";
        assertThat(SharedExtractor.names(spent, "ar", EntityType.LOC)).isEmpty();
    }

    @Test
    void aGovernedPlaceIsNoPersonAndKeepsItsNameWhereverItIsWritten() {
        String body = "وقال محافظ مادبا إن المدارس جاهزة، وأكد مدير تربية مادبا أن الدوام يبدأ الأحد.";
        assertThat(SharedExtractor.names(body, "ar", EntityType.PERSON)).isEmpty();
        assertThat(SharedExtractor.ofType(body, "ar", EntityType.LOC)).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Madaba");
            assertThat(e.mentions()).hasSize(2);
        });
    }

    @Test
    void anEgyptianMarkazIsTheTownItIsNamedAfter() {
        assertThat(SharedExtractor.mentions("وتجمع المزارعون في مركز ملوي، وأغلقوا الطريق في مركز ديروط الأحد.", "ar",
                EntityType.LOC)).containsExactly("مركز ملوي", "مركز ديروط");
        assertThat(SharedExtractor.names("افتتح المحافظ مركز بيانات جديدا بتمويل حكومي، وزار مركز إرشاد زراعي.", "ar",
                EntityType.LOC)).isEmpty();
    }

    @Test
    void aJordanianLiwaAfterAPrepositionIsADistrictAndABrigadeStaysOne() {
        assertThat(SharedExtractor.mentions("وقالت مديرية الزراعة الأردنية إن السيول جرفت الطرق في لواء الكورة.", "ar",
                EntityType.LOC)).containsExactly("لواء الكورة");
        String brigade = "وقتل جنديان في لواء المدرعات خلال المعركة.";
        assertThat(SharedExtractor.names(brigade, "ar", EntityType.LOC)).isEmpty();
        assertThat(SharedExtractor.names(brigade, "ar", EntityType.ORG)).hasSize(1);
    }

    @Test
    void aDistrictNameEndsWithGreatOrLesser() {
        assertThat(SharedExtractor.names("وصل الوفد إلى قضاء الدير الكبير صباحا.", "ar", EntityType.LOC))
                .containsExactly("al-Dir al-Kabir");
    }
}
