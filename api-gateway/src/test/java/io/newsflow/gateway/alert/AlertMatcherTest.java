package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.gateway.query.QueryNode;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.search.analysis.TextAnalysis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class AlertMatcherTest {

    /** An article as index-service writes it into the articles index (the fields the matcher reads). */
    private static Map<String, Object> article(String language, String headline, String body, String source, List<String> entityIds) {
        Map<String, Object> doc = new HashMap<>();
        String text = headline + "\n" + body;
        doc.put("id", "a1");
        doc.put("language", language);
        doc.put("source", source);
        doc.put("headline", headline);
        doc.put("body", body);
        doc.put("text_" + language, TextAnalysis.analyse(language, text));
        doc.put("entity_ids", entityIds);
        doc.put("entity_names", List.of());
        return doc;
    }

    private static boolean matches(String q, Map<String, Object> article, List<String> languages, List<String> sources,
                                   Map<QueryNode.Term, List<String>> entityIds) {
        Query query = AlertMatcher.compile(QueryParser.parse(q), entityIds,
                new AlertFilters(languages, sources, List.of(), List.of(), List.of(), List.of()));
        return AlertMatcher.matches(query, article);
    }

    private final Map<String, Object> strike = article("en", "Harbour workers strike in Valletta",
            "Dock workers walked out on Monday over pay.", "wire", List.of("Q23800"));
    private final Map<String, Object> greve = article("fr", "Grève des dockers à La Valette",
            "Les dockers réclament des hausses de salaires.", "afp", List.of("Q23800"));

    @Test
    void wordsOfHeadlineAndBodyTogetherMatchCopyInALanguageWithoutAnalyser() {
        Map<String, Object> streik = article("de", "Streik im Hafen", "Die Arbeiter legen die Arbeit nieder.", "dpa", List.of());

        assertThat(matches("Hafen Arbeiter", streik, List.of(), List.of(), Map.of())).isTrue();
        assertThat(matches("\"Hafen Arbeiter\"", streik, List.of(), List.of(), Map.of())).isFalse();
        assertThat(matches("Hafen Flughafen", streik, List.of(), List.of(), Map.of())).isFalse();
    }

    @Test
    void stemmedWordsMatchInTheirLanguage() {
        assertThat(matches("striking", strike, List.of(), List.of(), Map.of())).isTrue();
        assertThat(matches("salaire", greve, List.of(), List.of(), Map.of())).isTrue();
        assertThat(matches("salaire", strike, List.of(), List.of(), Map.of())).isFalse();
    }

    @Test
    void booleanPhraseAndFieldSyntaxWorkAsInSearch() {
        assertThat(matches("\"workers strike\" -ferry", strike, List.of(), List.of(), Map.of())).isTrue();
        assertThat(matches("\"strike workers\"", strike, List.of(), List.of(), Map.of())).isFalse();
        assertThat(matches("title:Valletta", strike, List.of(), List.of(), Map.of())).isTrue();
        assertThat(matches("source:afp OR lang:de", greve, List.of(), List.of(), Map.of())).isTrue();
    }

    @Test
    void entityMatchedByNameFindsTheArticleInAnotherLanguage() {
        QueryNode q = QueryParser.parse("Valletta");
        Map<QueryNode.Term, List<String>> ids = Map.of((QueryNode.Term) q, List.of("Q23800"));
        assertThat(AlertMatcher.matches(AlertMatcher.compile(q, ids, AlertFilters.NONE), greve)).isTrue();
        assertThat(AlertMatcher.matches(AlertMatcher.compile(q, Map.of(), AlertFilters.NONE), greve)).isFalse();
    }

    @Test
    void languageAndSourceFiltersApply() {
        assertThat(matches("dockers", greve, List.of("fr"), List.of(), Map.of())).isTrue();
        assertThat(matches("dockers", greve, List.of("en"), List.of(), Map.of())).isFalse();
        assertThat(matches(null, greve, List.of(), List.of("wire"), Map.of())).isFalse();
    }

    @Test
    void entityEntityTypeEventTypeAndPlaceFiltersApplyAsInSearch() {
        Map<String, Object> talks = article("en", "Ministers meet in the capital", "Talks on trade went on late.", "wire",
                List.of("per:ana-kovac", "loc:zagreb"));
        talks.put("entity_types", List.of("PERSON", "LOC"));
        talks.put("event_types", List.of("04"));
        talks.put("event_places", List.of("loc:zagreb", "Zagreb"));

        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of("per:ana-kovac"), List.of(), List.of(), List.of()))).isTrue();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of("per:someone-else"), List.of(), List.of(), List.of()))).isFalse();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of("person"), List.of(), List.of()))).isTrue();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of("org"), List.of(), List.of()))).isFalse();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of("04"), List.of()))).isTrue();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of("14"), List.of()))).isFalse();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("Zagreb")))).isTrue();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("loc:zagreb")))).isTrue();
        assertThat(filtered(talks, new AlertFilters(List.of(), List.of(), List.of(), List.of(), List.of(), List.of("loc:split")))).isFalse();
    }

    private static boolean filtered(Map<String, Object> article, AlertFilters filters) {
        return AlertMatcher.matches(AlertMatcher.compile(null, Map.of(), filters), article);
    }

    @Test
    void webhookSignatureIsHmacSha256OfTimestampAndBody() {
        // Known answer: HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog").
        assertThat(WebhookSender.sign("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void aMatchPostedAgainKeepsItsDeliveryIdAndANewVersionGetsAnother() {
        Map<String, Object> first = new HashMap<>(strike);
        first.put("version", 1);
        Map<String, Object> sameAgain = new HashMap<>(strike);
        sameAgain.put("version", 1);
        Map<String, Object> corrected = new HashMap<>(strike);
        corrected.put("version", 2);

        assertThat(AlertMatcher.deliveryId("search-1", sameAgain)).isEqualTo(AlertMatcher.deliveryId("search-1", first));
        assertThat(AlertMatcher.deliveryId("search-1", corrected)).isNotEqualTo(AlertMatcher.deliveryId("search-1", first));
        assertThat(AlertMatcher.deliveryId("search-2", first)).isNotEqualTo(AlertMatcher.deliveryId("search-1", first));
    }
}
