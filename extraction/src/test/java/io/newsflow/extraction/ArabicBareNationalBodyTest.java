package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A country's highest court or its Shura Council named alone is the body of the country the story is set in: a
 * court "of" its country, a council with its country after it. Names in no seen set.
 */
class ArabicBareNationalBodyTest {

    @Test
    void aBareSupremeCourtIsTheStorysCountrys() {
        String text = "في زامبيا، قالت المحكمة العليا إنها ستنظر في الطعن الأسبوع المقبل، بعد احتجاجات في لوساكا "
                + "وندولا.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).contains("Supreme Court of Zambia");
    }

    @Test
    void aBareShuraCouncilTakesItsCountryAfterIt() {
        String text = "وفي اليمن، ناقش مجلس الشورى مشروع الموازنة في صنعاء، فيما شهدت عدن احتجاجات.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).contains("Shura Council (Yemen)");
    }

    @Test
    void aHighCourtInACityIsNotTheCountrys() {
        String text = "وفي زامبيا، أرجأت المحكمة العليا في ندولا النظر في القضية، فيما تظاهر محامون في لوساكا.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).doesNotContain("Supreme Court of Zambia");
    }
}
