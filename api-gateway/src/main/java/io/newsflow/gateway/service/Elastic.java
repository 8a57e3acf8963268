package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/** Small bridges between the Elasticsearch async client and Mutiny, shared by the gateway's search services. */
final class Elastic {

    private Elastic() {
    }

    static <T> Uni<T> call(Supplier<CompletableFuture<T>> request) {
        return Uni.createFrom().completionStage(request);
    }

    /** A search whose answer is read by {@link SearchResultReader} rather than into the client's response model. */
    static Uni<SearchResult> search(ElasticsearchAsyncClient client, Function<SearchRequest.Builder, SearchRequest.Builder> request) {
        return call(() -> send(client, request.apply(new SearchRequest.Builder()).build()));
    }

    static Uni<SearchResult> search(ElasticsearchAsyncClient client, SearchRequest request) {
        return call(() -> send(client, request));
    }

    private static CompletableFuture<SearchResult> send(ElasticsearchAsyncClient client, SearchRequest request) {
        return client._transport().performRequestAsync(request, SearchResultReader.SEARCH, client._transportOptions());
    }

    /** An index that does not exist yet (nothing indexed so far) is "no results", not an error. */
    static boolean indexMissing(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof ElasticsearchException)) {
            t = t.getCause();
        }
        return t instanceof ElasticsearchException es && es.error() != null && "index_not_found_exception".equals(es.error().type());
    }

    static void terms(BoolQuery.Builder bool, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
            bool.filter(f -> f.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
        }
    }

    static Query termsQuery(String field, List<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    static String string(Map<String, Object> source, String field) {
        Object v = source.get(field);
        return v == null ? null : v.toString();
    }
}
