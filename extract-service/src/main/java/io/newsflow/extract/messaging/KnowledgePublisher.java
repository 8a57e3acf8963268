package io.newsflow.extract.messaging;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.KnowledgeEntry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends curated knowledge-base entries to newsflow.entities.curated, keyed by entity id, so that index-service
 * gives the entities index the names curators added (and drops merged entities) without waiting for an article.
 */
@ApplicationScoped
public class KnowledgePublisher {

    public static final String CURATED_ENTITIES = "curated-entities";

    private final MutinyEmitter<Record<String, String>> emitter;

    public KnowledgePublisher(@Channel(CURATED_ENTITIES) MutinyEmitter<Record<String, String>> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka has acknowledged every entry. */
    public Uni<Void> publish(List<KnowledgeEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(entries.stream()
                        .map(entry -> emitter.send(Record.of(entry.id(), EventCodec.write(entry))))
                        .toList())
                .andFailFast()
                .replaceWithVoid();
    }
}
