package io.newsflow.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.search.analysis.TextAnalysis;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void arabicPluralAndSingularShareATerm() {
        assertThat(TextAnalysis.terms("ar", "الاجتماعات")).containsAnyElementsOf(TextAnalysis.terms("ar", "الاجتماع"));
    }

    @Test
    void arabicConjunctionPrefixIsStripped() {
        assertThat(TextAnalysis.terms("ar", "والاجتماع")).containsAnyElementsOf(TextAnalysis.terms("ar", "اجتماع"));
    }

    @Test
    void englishPluralFindsSingular() {
        assertThat(TextAnalysis.terms("en", "meetings")).isEqualTo(TextAnalysis.terms("en", "meeting"));
    }

    @Test
    void frenchPluralFindsSingular() {
        assertThat(TextAnalysis.terms("fr", "réunions")).isEqualTo(TextAnalysis.terms("fr", "réunion"));
    }

    @Test
    void unknownLanguageFallsBackToStandardAnalysis() {
        assertThat(TextAnalysis.terms("xx", "Hello World")).containsExactly("hello", "world");
        assertThat(TextAnalysis.hasAnalyzer("xx")).isFalse();
    }

    @Test
    void emptyTextHasNoTerms() {
        assertThat(TextAnalysis.terms("ar", "")).isEmpty();
        assertThat(TextAnalysis.terms("en", null)).isEmpty();
    }
}
