package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpDeserializer;
import co.elastic.clients.json.JsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.json.jackson.JacksonJsonpParser;
import co.elastic.clients.transport.endpoints.SimpleEndpoint;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.stream.JsonParser.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a search answer in one pass of Jackson's streaming parser into a {@link SearchResult}, in place of the typed
 * client's response model: that model builds an object per hit, per bucket and per field on the way (with
 * {@code typed_keys}, an aggregate union per aggregation) which the gateway then copies into its own answer. The
 * request, the transport and the error answers stay the client's: {@link #SEARCH} is the client's search endpoint
 * with only its response reader replaced, so a 4xx or 5xx still comes back as an {@code ElasticsearchException}.
 * Sources are read with the client's own object mapper, as the typed client reads a {@code Map} document, so they
 * hold the same values.
 */
final class SearchResultReader implements JsonpDeserializer<SearchResult> {

    static final SimpleEndpoint<SearchRequest, SearchResult> SEARCH =
            SearchRequest._ENDPOINT.withResponseDeserializer(new SearchResultReader());

    private static final EnumSet<Event> START_OBJECT = EnumSet.of(Event.START_OBJECT);

    private SearchResultReader() {
    }

    @Override
    public EnumSet<Event> nativeEvents() {
        return START_OBJECT;
    }

    @Override
    public EnumSet<Event> acceptedEvents() {
        return START_OBJECT;
    }

    @Override
    public SearchResult deserialize(jakarta.json.stream.JsonParser parser, JsonpMapper mapper, Event event) {
        // The client's parser for a Jackson mapper wraps a Jackson parser, now on the answer's opening brace.
        JsonParser json = ((JacksonJsonpParser) parser).jacksonParser();
        ObjectMapper objects = ((JacksonJsonpMapper) mapper).objectMapper();
        try {
            return read(json, objects);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable search answer from Elasticsearch", e);
        }
    }

    static SearchResult read(JsonParser json, ObjectMapper objects) throws IOException {
        Long total = null;
        String pitId = null;
        List<SearchResult.Hit> hits = List.of();
        Map<String, List<SearchResult.Bucket>> aggregations = Map.of();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "pit_id" -> pitId = json.getValueAsString();
                case "hits" -> {
                    if (value == JsonToken.START_OBJECT) {
                        while (json.nextToken() == JsonToken.FIELD_NAME) {
                            String name = json.currentName();
                            JsonToken inner = json.nextToken();
                            if ("total".equals(name) && inner == JsonToken.START_OBJECT) {
                                total = totalValue(json);
                            } else if ("hits".equals(name) && inner == JsonToken.START_ARRAY) {
                                hits = hits(json, objects);
                            } else {
                                json.skipChildren();
                            }
                        }
                    }
                }
                case "aggregations" -> {
                    if (value == JsonToken.START_OBJECT) {
                        aggregations = aggregations(json);
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new SearchResult(total, pitId, hits, aggregations);
    }

    private static Long totalValue(JsonParser json) throws IOException {
        Long total = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if ("value".equals(name)) {
                total = json.getLongValue();
            } else {
                json.skipChildren();
            }
        }
        return total;
    }

    @SuppressWarnings("unchecked")
    private static List<SearchResult.Hit> hits(JsonParser json, ObjectMapper objects) throws IOException {
        List<SearchResult.Hit> hits = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String id = null;
            Double score = null;
            Map<String, Object> source = null;
            Map<String, List<String>> highlight = null;
            List<FieldValue> sort = null;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "_id" -> id = json.getValueAsString();
                    case "_score" -> score = value.isNumeric() ? json.getDoubleValue() : null;
                    case "_source" -> source = objects.readValue(json, Map.class);
                    case "highlight" -> highlight = highlight(json);
                    case "sort" -> sort = sortValues(json);
                    default -> json.skipChildren();
                }
            }
            hits.add(new SearchResult.Hit(id, score, source, highlight, sort));
        }
        return hits;
    }

    /** A hash map, as the typed client reads highlights: the order of the fields in our answer stays as it was. */
    private static Map<String, List<String>> highlight(JsonParser json) throws IOException {
        Map<String, List<String>> fields = new HashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            List<String> fragments = new ArrayList<>();
            while (json.nextToken() == JsonToken.VALUE_STRING) {
                fragments.add(json.getText());
            }
            fields.put(field, fragments);
        }
        return fields;
    }

    private static List<FieldValue> sortValues(JsonParser json) throws IOException {
        List<FieldValue> values = new ArrayList<>();
        for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
            values.add(switch (t) {
                case VALUE_NUMBER_INT -> FieldValue.of(json.getLongValue());
                case VALUE_NUMBER_FLOAT -> FieldValue.of(json.getDoubleValue());
                case VALUE_TRUE -> FieldValue.of(true);
                case VALUE_FALSE -> FieldValue.of(false);
                case VALUE_NULL -> FieldValue.NULL;
                default -> FieldValue.of(json.getText());
            });
        }
        return values;
    }

    /** Top-level bucket aggregations by name ({@code typed_keys} prefixes such as {@code sterms#} dropped). */
    private static Map<String, List<SearchResult.Bucket>> aggregations(JsonParser json) throws IOException {
        Map<String, List<SearchResult.Bucket>> out = new LinkedHashMap<>();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            String plain = name.substring(name.indexOf('#') + 1);
            if (json.nextToken() != JsonToken.START_OBJECT) {
                json.skipChildren();
                continue;
            }
            List<SearchResult.Bucket> buckets = List.of();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if ("buckets".equals(field) && value == JsonToken.START_ARRAY) {
                    buckets = buckets(json);
                } else {
                    json.skipChildren();
                }
            }
            out.put(plain, buckets);
        }
        return out;
    }

    private static List<SearchResult.Bucket> buckets(JsonParser json) throws IOException {
        List<SearchResult.Bucket> buckets = new ArrayList<>();
        while (json.nextToken() == JsonToken.START_OBJECT) {
            String key = null;
            Long keyNumber = null;
            String keyAsString = null;
            long docCount = 0;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken value = json.nextToken();
                switch (name) {
                    case "key" -> {
                        key = json.getText();
                        keyNumber = value == JsonToken.VALUE_NUMBER_INT ? json.getLongValue() : null;
                    }
                    case "key_as_string" -> keyAsString = json.getText();
                    case "doc_count" -> docCount = json.getLongValue();
                    default -> json.skipChildren();
                }
            }
            buckets.add(new SearchResult.Bucket(key, keyNumber, keyAsString, docCount));
        }
        return buckets;
    }
}
