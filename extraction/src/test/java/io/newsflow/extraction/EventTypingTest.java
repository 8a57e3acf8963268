package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.ArticleEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTypingTest {

    private static final Instant PUBLISHED = Instant.parse("2025-05-13T08:00:00Z");

    private static List<String> codes(String body) {
        return SharedExtractor.INSTANCE.extract("", body, PUBLISHED, null).events().stream().map(ArticleEvent::type)
                .toList();
    }

    @Test
    void meetingsAreConsultations() {
        assertThat(codes("The foreign ministers met in Geneva on Monday.")).containsExactly("04");
        assertThat(codes("التقى وزير الخارجية نظيره في الرياض أمس.")).containsExactly("04");
    }

    @Test
    void condemnationArrestAndStrikeGetTheirRootCodes() {
        assertThat(codes("The ministry condemned the decision on Monday.")).containsExactly("11");
        assertThat(codes("Police arrested six people in Lyon on Sunday.")).containsExactly("17");
        assertThat(codes("Des avions ont mené des frappes contre des positions rebelles dimanche.")).containsExactly("19");
    }

    @Test
    void appealsAreNotEventsAndNeitherIsWhatTheyAskFor() {
        assertThat(codes("The envoy urged both sides to hold talks in Doha.")).isEmpty();
        assertThat(codes("دعا الأمين العام إلى وقف القتال وعقد محادثات.")).isEmpty();
    }

    @Test
    void pledgesAreIntentAndThePromisedHelpIsNotASecondEvent() {
        assertThat(codes("Japan pledged to send medical teams to the region.")).containsExactly("03");
    }

    @Test
    void scheduledVisitStaysAConsultationWithItsDate() {
        ArticleEvent e = SharedExtractor.INSTANCE.extract("", "President Maria Lopez will visit Madrid next Friday.",
                PUBLISHED, null).events().get(0);
        assertThat(e.type()).isEqualTo("04");
        assertThat(e.date()).isEqualTo(LocalDate.parse("2025-05-16"));
        assertThat(e.place()).isEqualTo("Madrid");
    }

    @Test
    void consideringAVisitIsIntent() {
        assertThat(codes("أعلن الرئيس أنه يفكر في زيارة تركيا الخميس المقبل.")).containsExactly("03");
    }

    @Test
    void negatedAndCancelledActionsAreDropped() {
        assertThat(codes("The two leaders did not meet in Paris.")).isEmpty();
        assertThat(codes("The summit in Cairo was postponed.")).isEmpty();
    }

    @Test
    void oneIncidentToldWithSeveralVerbsIsOneEvent() {
        assertThat(codes("Police arrested eleven suspects in Basra on Wednesday. Officers raided three warehouses."))
                .containsExactly("17");
    }

    @Test
    void sameActionAtListedPlacesAndDatesIsSplit() {
        List<ArticleEvent> events = SharedExtractor.INSTANCE.extract("",
                "وهو الاجتماع الرابع بعد لقاءات سابقة عقدت في برلين (25 نوفمبر)، ووارسو (13 يناير)، وباريس (12 مارس).",
                PUBLISHED, null).events();
        assertThat(events).extracting(ArticleEvent::place).containsExactly("Berlin", "Warsaw", "Paris");
    }

    @Test
    void separateVerbalActsAreSeparateEvents() {
        assertThat(codes("The opposition leader criticised the timetable and demanded an audit of the register."))
                .containsExactly("11", "10");
    }
}
