package io.newsflow.ingest.messaging;

import io.newsflow.contracts.NormalisedArticle;
import io.newsflow.contracts.Topics;
import io.newsflow.ingest.service.Received;
import io.newsflow.support.kafka.RecordOrigin;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import io.newsflow.ingest.service.ItemFault;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Sends normalised articles downstream, keyed by article id, and rejected items to the dead-letter topic.
 * Each returned Uni completes only when Kafka has acknowledged the write, so a lost send fails the caller.
 *
 * <p>Each record continues a trace (its {@code traceparent} header, written by the connector): the one it is given,
 * which is the trace of the raw record its document came in, or else the one current when it is sent, which is a
 * push's request.
 */
@ApplicationScoped
public class ArticlePublisher {

    public static final String NORMALISED_ARTICLES = "normalised-articles";
    public static final String DEAD_LETTERS = "ingest-dead-letters";
    /** Header of a dead letter that carries only the start of its document: the document's full size in bytes. */
    public static final String TRUNCATED_HEADER = "dead-letter-truncated";
    /**
     * How much of a document a dead letter carries when Kafka refuses the whole as too large: under the 1 MB that
     * every broker and topic takes by default, so that the dead letter itself is never refused.
     */
    static final int TRUNCATED_BYTES = 512 * 1024;

    private final MutinyEmitter<byte[]> articles;
    private final MutinyEmitter<byte[]> deadLetters;

    public ArticlePublisher(@Channel(NORMALISED_ARTICLES) MutinyEmitter<byte[]> articles,
                            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters) {
        this.articles = articles;
        this.deadLetters = deadLetters;
    }

    /**
     * A normalised article to send, with the trace its record continues.
     *
     * @param itemJson the item as serialised when it was read ({@link ArticleJson#of}), or null
     * @param trace    the trace of the document the article came in; null for the one current when it is sent
     */
    public record TracedArticle(NormalisedArticle article, byte[] itemJson, Context trace) {
    }

    public Uni<Void> publish(List<TracedArticle> batch) {
        if (batch.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.join().all(batch.stream().map(this::publish).toList())
                .andFailFast()
                .replaceWithVoid();
    }

    private Uni<Void> publish(TracedArticle traced) {
        NormalisedArticle article = traced.article();
        Message<byte[]> message = Message.of(ArticleJson.published(article, traced.itemJson()))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id()).build());
        return articles.sendMessage(continuing(message, traced.trace()));
    }

    /**
     * Writes the original document to the dead-letter topic with the reason (and the item, when one item failed),
     * naming the record it was read from when it came from the topic, and continuing its trace. When Kafka refuses
     * the whole document as too large, the dead letter carries its first {@value #TRUNCATED_BYTES} bytes and says
     * so ({@value #TRUNCATED_HEADER}): a dead letter must never be one that cannot be written.
     */
    public Uni<Void> deadLetter(Received document, String reason, String itemRef) {
        return deadLetter(document.content(), reason, itemRef, document.trace(), document.origin());
    }

    /**
     * As {@link #deadLetter(Received, String, String)} for content that was not read from a record (a held item given
     * up on at its release, as it was stored), continuing {@code trace} (null: the one current when it is sent).
     */
    public Uni<Void> deadLetter(byte[] content, String reason, String itemRef, Context trace) {
        return deadLetter(content, reason, itemRef, trace, null);
    }

    private Uni<Void> deadLetter(byte[] content, String reason, String itemRef, Context trace, RecordOrigin origin) {
        return deadLetter(content, reason, itemRef, trace, origin, null)
                .onFailure(ItemFault::tooLarge).recoverWithUni(() -> deadLetter(
                        Arrays.copyOf(content, Math.min(TRUNCATED_BYTES, content.length)), reason, itemRef, trace,
                        origin, content.length));
    }

    private Uni<Void> deadLetter(byte[] content, String reason, String itemRef, Context trace, RecordOrigin origin,
                                 Integer truncatedFrom) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Topics.DEAD_LETTER_REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        if (itemRef != null) {
            headers.add("dead-letter-item", itemRef.getBytes(StandardCharsets.UTF_8));
        }
        if (truncatedFrom != null) {
            headers.add(TRUNCATED_HEADER, truncatedFrom.toString().getBytes(StandardCharsets.UTF_8));
        }
        RecordOrigin.name(origin, headers);
        Message<byte[]> message = Message.of(content)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withHeaders(headers).build());
        return deadLetters.sendMessage(continuing(message, trace));
    }

    /** The connector starts a record's span under the message's tracing metadata, when it has some. */
    private static <T> Message<T> continuing(Message<T> message, Context trace) {
        return trace == null ? message : message.addMetadata(TracingMetadata.withCurrent(trace));
    }
}
