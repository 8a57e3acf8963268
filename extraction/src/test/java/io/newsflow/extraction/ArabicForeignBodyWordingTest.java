package io.newsflow.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.EntityType;
import org.junit.jupiter.api.Test;

/**
 * A country's body written with the country's adjective is named as English wire copy names it: a central bank "of"
 * its country, defence forces with the country's name, a body for the management of something with that before its
 * head and the country after it. Names in no seen set.
 */
class ArabicForeignBodyWordingTest {

    @Test
    void aCentralBankIsOfItsCountry() {
        String text = "وقرر البنك المركزي الكيني رفع سعر الفائدة.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).contains("Central Bank of Kenya");
    }

    @Test
    void defenceForcesTakeTheCountrysName() {
        String text = "وانتشرت قوات الدفاع الأوغندية على الحدود.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).contains("Uganda Defence Forces");
    }

    @Test
    void whatABodyManagesStandsBeforeItsHead() {
        String text = "وحذرت الهيئة الوطنية الأوغندية لإدارة الغابات من الحرائق.";
        assertThat(SharedExtractor.names(text, "ar", EntityType.ORG)).singleElement().asString()
                .endsWith("Management Authority (Uganda)").startsWith("National");
    }
}
