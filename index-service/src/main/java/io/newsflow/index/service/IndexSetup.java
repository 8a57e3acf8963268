package io.newsflow.index.service;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import io.newsflow.search.EntityIndex;
import io.newsflow.search.EventIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.StringReader;
import java.util.List;

/**
 * Makes sure the entities and events aliases point at a versioned index created from its mapping resource (the
 * articles indices are made month by month, {@link MonthIndices}).
 * Runs before the first bulk request, and again after a failure, so a service started before Elasticsearch still
 * sets the indices up once it is there.
 */
@ApplicationScoped
public class IndexSetup {

    private record Alias(String name, String firstIndex, String mappingJson) {
    }

    private static final List<Alias> ALIASES = List.of(
            new Alias(EntityIndex.ALIAS, EntityIndex.indexName(EntityIndex.MAPPING_VERSION), EntityIndex.mappingJson()),
            new Alias(EventIndex.ALIAS, EventIndex.indexName(EventIndex.MAPPING_VERSION), EventIndex.mappingJson()));

    private final ElasticsearchAsyncClient client;
    private volatile boolean ready;

    public IndexSetup(ElasticsearchAsyncClient client) {
        this.client = client;
    }

    public Uni<Void> ensure() {
        if (ready) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(ALIASES.stream().map(this::ensure).toList())
                .andFailFast()
                .invoke(() -> ready = true)
                .replaceWithVoid();
    }

    private Uni<Void> ensure(Alias alias) {
        return Uni.createFrom().completionStage(() -> client.indices().existsAlias(a -> a.name(alias.name())))
                .chain(exists -> exists.value()
                        ? Uni.createFrom().voidItem()
                        : Uni.createFrom().completionStage(() -> client.indices().create(c -> c
                                        .index(alias.firstIndex())
                                        .withJson(new StringReader(alias.mappingJson()))
                                        .aliases(alias.name(), a -> a.isWriteIndex(true))))
                                .onFailure(IndexSetup::alreadyExists).recoverWithNull()
                                .replaceWithVoid());
    }

    /** Another instance created it first: fine. */
    static boolean alreadyExists(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("resource_already_exists");
    }
}
