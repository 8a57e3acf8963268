package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.contracts.EventCodec;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchResultReaderTest {

    private static final JacksonJsonpMapper MAPPER = new JacksonJsonpMapper(EventCodec.mapper());
    private static final ObjectMapper JSON = EventCodec.mapper();

    /** An answer as Elasticsearch gives it for a faceted, highlighted search with typed_keys and a point in time. */
    private static final String ANSWER = """
            {"pit_id":"pit-2==","took":3,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":2,"relation":"eq"},"max_score":2.3610137,"hits":[
              {"_index":"newsflow-articles-2026.11","_id":"a-1","_score":2.3610137,
               "_source":{"id":"a-1","version":3,"headline":"Grève à Rome","published":"2026-11-29T18:13:20.020405787Z",
                          "killed":false,"cluster_id":null,"confidence":0.93,"big":12345678901,
                          "entities":[{"country":"IT","name":"Rome","id":"loc:rome","type":"LOC","linked":true},
                                      {"country":null,"name":"\\u0631\\u0648\\u0645\\u0627","id":"prov:x","type":"ORG","linked":false}],
                          "event_types":["04","14"]},
               "highlight":{"headline":["Gr\\u00e8ve \\u00e0 <em>Rome</em>"],"body":["one <em>Rome</em>","two"]},
               "sort":[2.3610137,1795975980020,"a-1",null,true]},
              {"_index":"newsflow-articles-2026.11","_id":"a-2","_score":null,"_ignored":["body.keyword"],
               "_source":{"id":"a-2","version":1,"entities":[]},"sort":[1795975000000,"a-2"]}]},
             "aggregations":{
              "sterms#languages":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,"buckets":[{"key":"en","doc_count":5},{"key":"ar","doc_count":1}]},
              "sterms#entities_LOC":{"doc_count_error_upper_bound":0,"sum_other_doc_count":4,"buckets":[{"key":"LOC\\u001floc:rome\\u001fRome","doc_count":2}]},
              "date_histogram#timeline":{"buckets":[{"key_as_string":"2026-11-28T00:00:00.000Z","key":1795910400000,"doc_count":1},
                                                    {"key_as_string":"2026-11-29T00:00:00.000Z","key":1795996800000,"doc_count":4}]}}}
            """;

    @Test
    void readsWhatTheTypedClientReads() throws Exception {
        SearchResult ours = read(ANSWER);
        SearchResponse<Map> typed = typed(ANSWER);

        assertThat(ours.total()).isEqualTo(typed.hits().total().value());
        assertThat(ours.pitId()).isEqualTo(typed.pitId());
        assertThat(ours.hits()).hasSameSizeAs(typed.hits().hits());
        for (int i = 0; i < ours.hits().size(); i++) {
            SearchResult.Hit hit = ours.hits().get(i);
            Hit<Map> expected = typed.hits().hits().get(i);
            assertThat(hit.id()).isEqualTo(expected.id());
            // The typed client reads a null score as NaN, which the gateway writes as null: so does the reader.
            assertThat(hit.score()).isEqualTo(expected.score().isNaN() ? null : expected.score());
            // What the gateway writes of them is the same, byte for byte (value types, key order, highlight order).
            assertThat(JSON.writeValueAsString(hit.source())).isEqualTo(JSON.writeValueAsString(expected.source()));
            assertThat(JSON.writeValueAsString(hit.highlight() == null ? Map.of() : hit.highlight()))
                    .isEqualTo(JSON.writeValueAsString(expected.highlight()));
            assertThat(hit.sort()).extracting(FieldValue::_kind).containsExactlyElementsOf(expected.sort().stream().map(FieldValue::_kind).toList());
            assertThat(hit.sort()).extracting(FieldValue::_get).containsExactlyElementsOf(expected.sort().stream().map(FieldValue::_get).toList());
        }
        assertThat(ours.buckets("languages")).extracting(SearchResult.Bucket::key, SearchResult.Bucket::docCount)
                .containsExactlyElementsOf(typed.aggregations().get("languages").sterms().buckets().array().stream()
                        .map((StringTermsBucket b) -> org.assertj.core.groups.Tuple.tuple(b.key().stringValue(), b.docCount())).toList());
        assertThat(ours.buckets("timeline")).extracting(SearchResult.Bucket::keyAsString, SearchResult.Bucket::keyNumber, SearchResult.Bucket::docCount)
                .containsExactlyElementsOf(typed.aggregations().get("timeline").dateHistogram().buckets().array().stream()
                        .map((DateHistogramBucket b) -> org.assertj.core.groups.Tuple.tuple(b.keyAsString(), b.key(), b.docCount())).toList());
    }

    @Test
    void facetsNameTheTopEntitiesAndTheDays() throws Exception {
        Map<String, Object> facets = ArticleSearchService.facets(read(ANSWER));
        assertThat(JSON.writeValueAsString(facets)).isEqualTo("{\"languages\":[{\"key\":\"en\",\"name\":null,\"count\":5},"
                + "{\"key\":\"ar\",\"name\":null,\"count\":1}],\"sources\":[],\"eventTypes\":[],"
                + "\"entities\":{\"LOC\":[{\"key\":\"loc:rome\",\"name\":\"Rome\",\"count\":2}]},"
                + "\"timeline\":[{\"date\":\"2026-11-28T00:00:00.000Z\",\"count\":1},{\"date\":\"2026-11-29T00:00:00.000Z\",\"count\":4}]}");
    }

    @Test
    void anAnswerWithoutTotalHitsOrAggregationsReadsAsNone() throws Exception {
        SearchResult result = read("{\"took\":1,\"hits\":{\"max_score\":null,\"hits\":[]}}");
        assertThat(result.total()).isNull();
        assertThat(result.hits()).isEmpty();
        assertThat(result.buckets("languages")).isEmpty();
    }

    private static SearchResult read(String json) {
        try (JsonParser parser = MAPPER.jsonProvider().createParser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return SearchResultReader.SEARCH.responseDeserializer().deserialize(parser, MAPPER);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static SearchResponse<Map> typed(String json) {
        try (JsonParser parser = MAPPER.jsonProvider().createParser(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            return (SearchResponse<Map>) (SearchResponse) SearchResponse.createSearchResponseDeserializer(JsonpDeserializer.of(Map.class))
                    .deserialize(parser, MAPPER);
        }
    }
}
