package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import io.newsflow.index.config.IndexConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Sends a batch's bulk operations as a few requests at once and answers their items in the order of the
 * operations; the parts are built on worker threads at once, and each request leaves as soon as its part is built.
 * Elasticsearch works through one request's share of a shard on one write thread, so a single request into a
 * one-shard index keeps one core busy however many there are; requests at once take as many write threads.
 * Safe for what index-service writes: a poll keeps one record per article (the consumer's Poll), so a document id
 * appears once per bulk, articles and events carry external versions against other polls, and a batch holds at most
 * one update per entity. Two operations on one id in one bulk could land in either order: do not send such a bulk.
 */
@ApplicationScoped
public class ConcurrentBulk {

    /**
     * What is read of a bulk answer: per item its index, id, status and error. The rest (result, version, shards,
     * sequence numbers) is about three fifths of every answer, which index-service would parse and throw away.
     */
    static final String ANSWER_FIELDS = "took,errors,items.*._index,items.*._id,items.*.status,items.*.error";

    private final ElasticsearchAsyncClient client;
    private final int requests;

    @Inject
    public ConcurrentBulk(ElasticsearchAsyncClient client, IndexConfig config) {
        this(client, config.bulkRequestsAtOnce());
    }

    ConcurrentBulk(ElasticsearchAsyncClient client, int requests) {
        this.client = client.withTransportOptions(options -> options.setParameter("filter_path", ANSWER_FIELDS));
        this.requests = Math.max(1, requests);
    }

    /** The items of every operation, in order; fails if any request fails, so that the caller sends all again. */
    public Uni<List<BulkResponseItem>> send(List<BulkOperation> operations) {
        return send(operations, part -> part);
    }

    /**
     * Builds and sends the operations of {@code items} part by part, so that Elasticsearch works on one part while
     * the next is built; answers the items of every operation, in order (a part's operations must not be empty).
     */
    public <T> Uni<List<BulkResponseItem>> send(List<T> items, Function<List<T>, List<BulkOperation>> operations) {
        List<Uni<List<BulkResponseItem>>> sent = new ArrayList<>();
        for (List<T> part : parts(items, requests)) {
            sent.add(Uni.createFrom().item(() -> operations.apply(part))
                    .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .chain(built -> Uni.createFrom().completionStage(() -> client.bulk(b -> b.operations(built))))
                    .map(BulkResponse::items));
        }
        if (sent.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // Off the client's I/O thread: what follows an answer builds the next documents, and an I/O thread busy
        // building holds up the answers of the other requests.
        return Uni.join().all(sent).andFailFast().map(ConcurrentBulk::concatenated)
                .emitOn(Infrastructure.getDefaultWorkerPool());
    }

    /** {@code operations} in at most {@code requests} consecutive runs of near-equal length. */
    static <T> List<List<T>> parts(List<T> operations, int requests) {
        List<List<T>> parts = new ArrayList<>();
        int size = Math.max(1, (operations.size() + requests - 1) / requests);
        for (int from = 0; from < operations.size(); from += size) {
            parts.add(operations.subList(from, Math.min(operations.size(), from + size)));
        }
        return parts;
    }

    private static List<BulkResponseItem> concatenated(List<List<BulkResponseItem>> answers) {
        List<BulkResponseItem> items = new ArrayList<>();
        answers.forEach(items::addAll);
        return items;
    }
}
