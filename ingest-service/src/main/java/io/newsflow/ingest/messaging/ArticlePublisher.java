package io.newsflow.ingest.messaging;

import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends normalised articles downstream, keyed by article id, and rejected items to the dead-letter topic.
 * Each returned Uni completes only when Kafka has acknowledged the write, so a lost send fails the caller.
 */
@ApplicationScoped
public class ArticlePublisher {

    public static final String NORMALISED_ARTICLES = "normalised-articles";
    public static final String DEAD_LETTERS = "ingest-dead-letters";

    private final MutinyEmitter<String> articles;
    private final MutinyEmitter<byte[]> deadLetters;

    public ArticlePublisher(@Channel(NORMALISED_ARTICLES) MutinyEmitter<String> articles,
                            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters) {
        this.articles = articles;
        this.deadLetters = deadLetters;
    }

    public Uni<Void> publish(List<NormalisedArticle> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(batch.stream().map(this::publish).toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private Uni<Void> publish(NormalisedArticle article) {
        return articles.sendMessage(Message.of(EventCodec.write(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build()));
    }

    /** Writes the original document to the dead-letter topic with the reason (and the item, when one item failed). */
    public Uni<Void> deadLetter(byte[] original, String reason, String itemRef) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        if (itemRef != null) {
            headers.add("dead-letter-item", itemRef.getBytes(StandardCharsets.UTF_8));
        }
        return deadLetters.sendMessage(Message.of(original)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build()));
    }
}
