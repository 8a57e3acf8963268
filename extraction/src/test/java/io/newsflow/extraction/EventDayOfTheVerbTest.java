package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The day of an event told by its own verb: a dateline after a headline, a threat's weekday, French futures. */
class EventDayOfTheVerbTest {

    /** A Wednesday. */
    private static final Instant PUBLISHED = Instant.parse("2025-05-14T08:00:00Z");

    private static ArticleEvent event(String title, String body, String code) {
        List<ArticleEvent> events = SharedExtractor.INSTANCE.extract(title, body, PUBLISHED, null).events();
        return events.stream().filter(e -> e.type().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aDatelineAfterTheHeadlineLosesToTheVerbsWeekday() {
        ArticleEvent meeting = event("Governor meets port leaders in Annecy",
                "ANNECY, France, May 14 (Newsflow) - The governor met port leaders in Annecy on Tuesday to discuss jobs.",
                "04");
        assertThat(meeting.date()).isEqualTo(LocalDate.parse("2025-05-13"));
    }

    @Test
    void aThreatsOwnWeekdayIsPast() {
        assertThat(event("Regional news", "The dockers' union threatened on Tuesday to call strikes in Kaunas "
                + "if the company cuts jobs.", "13").date()).isEqualTo(LocalDate.parse("2025-05-13"));
    }

    @Test
    void seRendraTakesTheComingWeekday() {
        assertThat(event("Actualité régionale", "La ministre se rendra vendredi à Annecy pour rencontrer les élus.",
                "04").date()).isEqualTo(LocalDate.parse("2025-05-16"));
    }

    @Test
    void aDeadlineIsNotTheDayOfTheSigning() {
        assertThat(event("Actualité régionale", "Mardi également, à Annecy, la préfecture a signé avec la région "
                + "une convention pour rénover les écoles avant le 15 septembre.", "05").date())
                .isEqualTo(LocalDate.parse("2025-05-13"));
    }

    @Test
    void leMemeJourTakesTheDayOfTheActionToldBefore() {
        ArticleEvent demand = event("Actualité régionale", "Les dockers ont manifesté lundi à Annecy contre la "
                + "fermeture du port. Le syndicat a exigé le même jour l'ouverture de négociations.", "10");
        assertThat(demand.date()).isEqualTo(LocalDate.parse("2025-05-12"));
    }
}
