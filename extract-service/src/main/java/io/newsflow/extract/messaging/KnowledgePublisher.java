package io.newsflow.extract.messaging;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.KnowledgeEntry;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Sends curated knowledge-base entries to newsflow.entities.curated, keyed by entity id, so that index-service
 * gives the entities index the names curators added (and drops merged entities) without waiting for an article.
 */
@ApplicationScoped
public class KnowledgePublisher {

    public static final String CURATED_ENTITIES = "curated-entities";
    /** Below the channel's max.request.size (10 MiB), leaving room for the key, headers and batch. */
    static final int MAX_ENTRY_BYTES = 10_000_000;

    private final MutinyEmitter<Record<String, String>> emitter;

    public KnowledgePublisher(@Channel(CURATED_ENTITIES) MutinyEmitter<Record<String, String>> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka has acknowledged every entry (but one too large for a record, which is logged and left). */
    public Uni<Void> publish(List<KnowledgeEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = new ArrayList<>();
        for (KnowledgeEntry entry : entries) {
            String json = EventCodec.write(entry);
            if (fits(json)) {
                sends.add(emitter.send(Record.of(entry.id(), json)));
            } else {
                Log.errorf("knowledge base: the curated entry of %s is over %d bytes, more than one Kafka record takes; "
                        + "it is not published, and the entities index keeps what it had", entry.id(), MAX_ENTRY_BYTES);
            }
        }
        return sends.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(sends).andFailFast().replaceWithVoid();
    }

    /** Whether Kafka takes the entry: sending one it refuses would fail at every try. */
    static boolean fits(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length <= MAX_ENTRY_BYTES;
    }
}
