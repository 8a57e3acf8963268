package io.newsflow.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ElasticsearchQueryTranslatorTest {

    private static final JsonpMapper MAPPER = new JacksonJsonpMapper();

    private static String json(Query query) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = MAPPER.jsonProvider().createGenerator(out)) {
            query.serialize(generator, MAPPER);
        }
        return out.toString();
    }

    @Test
    void freeTextIsMatchedPerLanguageOnStandardTextAndEntityNames() {
        String json = json(ElasticsearchQueryTranslator.toQuery(QueryParser.parse("strikes"), Map.of()));
        assertThat(json).contains("\"text_en\":{\"operator\":\"and\",\"query\":\"strike\"}", "\"combined_fields\"", "\"entity_names\"");
    }

    @Test
    void entityIdsFoundForATermAreOredIntoItsClause() {
        QueryNode q = QueryParser.parse("Crosetto");
        String json = json(ElasticsearchQueryTranslator.toQuery(q, Map.of((QueryNode.Term) q, List.of("Q123"))));
        assertThat(json).contains("\"terms\":{\"entity_ids\":[\"Q123\"]");
    }

    @Test
    void userInputStaysAValueEvenWhenItLooksLikeJson() {
        String evil = "\"}},{\"match_all\":{}}";
        String json = json(ElasticsearchQueryTranslator.toQuery(QueryParser.parse("source:" + evil.replace("\"", "")), Map.of()));
        assertThat(json).doesNotContain("\"match_all\"");
    }

    @Test
    void pureNegationMatchesEverythingElse() {
        String json = json(ElasticsearchQueryTranslator.toQuery(QueryParser.parse("-lang:fr"), Map.of()));
        assertThat(json).contains("match_all", "must_not", "\"language\":{\"value\":\"fr\"}");
    }

    @Test
    void phrasesBecomeMatchPhrase() {
        String json = json(ElasticsearchQueryTranslator.toQuery(QueryParser.parse("title:\"death toll\""), Map.of()));
        assertThat(json).contains("match_phrase", "\"headline\"");
    }

    @Test
    void highlightQueryHasOnlyPositiveTextTerms() {
        assertThat(ElasticsearchQueryTranslator.highlightQuery(QueryParser.parse("lang:en -quake"))).isNull();
        assertThat(json(ElasticsearchQueryTranslator.highlightQuery(QueryParser.parse("quake lang:en")))).contains("headline", "body");
    }
}
