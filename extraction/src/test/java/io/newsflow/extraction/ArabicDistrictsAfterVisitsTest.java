package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A district word ("قضاء", "ناحية") names a district not only after a preposition but after the day of a visit and
 * after the people who live there, in construct.
 */
class ArabicDistrictsAfterVisitsTest {

    @Test
    void aDistrictAfterTheDayOfAVisitIsAPlace() {
        assertThat(SharedExtractor.mentions("ويزور الوزير الخميس المقبل ناحية الفرحاتية لافتتاح مدرسة.", "ar",
                EntityType.LOC)).anyMatch(m -> m.contains("الفرحاتية"));
    }

    @Test
    void aDistrictAfterItsResidentsIsAPlace() {
        assertThat(SharedExtractor.mentions("وزعت الجمعية قوارب على صيادي قضاء الزبيدية.", "ar", EntityType.LOC))
                .anyMatch(m -> m.contains("الزبيدية"));
    }

    @Test
    void spendingAHolidayNamesNoDistrict() {
        assertThat(SharedExtractor.ofType("وقضى الوزير اليوم قضاء العطلة في الريف.", "ar", EntityType.LOC))
                .isEmpty();
    }
}
