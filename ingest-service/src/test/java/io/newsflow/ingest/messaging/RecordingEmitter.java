package io.newsflow.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A channel that keeps the messages sent on it and, like Kafka, refuses one whose value is larger than it takes; or,
 * while {@link #away} is set, fails every send with it, as an unreachable broker does. Only {@link #sendMessage} is
 * used by the service.
 */
public final class RecordingEmitter implements MutinyEmitter<byte[]> {

    public final List<Message<? extends byte[]>> sent = new CopyOnWriteArrayList<>();
    /** The failure every send meets while it is set (Kafka away); null: sends go through. */
    public volatile Throwable away;
    private final int maxValueBytes;

    public RecordingEmitter(int maxValueBytes) {
        this.maxValueBytes = maxValueBytes;
    }

    /** The value of a header of a sent message as text, or null when it has none. */
    public static String header(Message<?> message, String name) {
        Header header = message.getMetadata(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public <M extends Message<? extends byte[]>> Uni<Void> sendMessage(M message) {
        if (away != null) {
            return Uni.createFrom().failure(away);
        }
        if (message.getPayload().length > maxValueBytes) {
            return Uni.createFrom().failure(new RecordTooLargeException("The message is " + message.getPayload().length
                    + " bytes when serialized which is larger than " + maxValueBytes));
        }
        sent.add(message);
        return Uni.createFrom().voidItem();
    }

    @Override
    public Uni<Void> send(byte[] payload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void sendAndAwait(byte[] payload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Cancellable sendAndForget(byte[] payload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <M extends Message<? extends byte[]>> void send(M message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <M extends Message<? extends byte[]>> void sendMessageAndAwait(M message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <M extends Message<? extends byte[]>> Cancellable sendMessageAndForget(M message) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void complete() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void error(Exception e) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    @Override
    public boolean hasRequests() {
        return true;
    }
}
