package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day and place of an event: the verb's own tense, the dateline as a fallback, the occasion told before. */
class EventDayAndPlaceOfTheOccasionTest {

    /** A Tuesday. */
    private static final Instant PUBLISHED = Instant.parse("2025-05-13T08:00:00Z");

    private static ArticleEvent event(String body, String code) {
        List<ArticleEvent> events = SharedExtractor.INSTANCE.extract("Regional news", body, PUBLISHED, null).events();
        return events.stream().filter(e -> e.type().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aPastVerbTakesThePastWeekdayDespiteAFutureWordInItsSentence() {
        assertThat(event("Farmers protested in Poitiers on Monday against plans for a new motorway.", "14").date())
                .isEqualTo(LocalDate.parse("2025-05-12"));
    }

    @Test
    void dueToVisitTakesTheComingWeekday() {
        assertThat(event("The minister is due to visit Tampere on Friday.", "04").date())
                .isEqualTo(LocalDate.parse("2025-05-16"));
    }

    @Test
    void theActionsOwnWeekdayWinsOverTheDateline() {
        assertThat(event("KAYSERI, May 13 - The two governors signed an agreement in Kayseri on Monday.", "05").date())
                .isEqualTo(LocalDate.parse("2025-05-12"));
    }

    @Test
    void aDemandAtTheRallyTakesTheRallysDayAndPlace() {
        ArticleEvent demand = event("Teachers rallied in Poitiers on Monday against school closures. "
                + "At the rally, the union demanded new funding.", "10");
        assertThat(demand.date()).isEqualTo(LocalDate.parse("2025-05-12"));
        assertThat(demand.place()).isEqualTo("Poitiers");
    }

    @Test
    void aSigningAtCetteOccasionTakesTheMeetingsDayAndPlace() {
        ArticleEvent signing = event("Le préfet a rencontré lundi à Poitiers les maires du département. "
                + "Les deux responsables ont signé à cette occasion une convention.", "05");
        assertThat(signing.date()).isEqualTo(LocalDate.parse("2025-05-12"));
        assertThat(signing.place()).isEqualTo("Poitiers");
    }
}
