package io.newsflow.ingest.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.reactive.messaging.MutinyEmitter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A channel that keeps the messages sent on it and, like Kafka, refuses one whose value is larger than it takes.
 * Only {@link #sendMessage} is used by the service.
 */
final class RecordingEmitter implements MutinyEmitter<byte[]> {

    final List<Message<? extends byte[]>> sent = new CopyOnWriteArrayList<>();
    private final int maxValueBytes;

    RecordingEmitter(int maxValueBytes) {
        this.maxValueBytes = maxValueBytes;
    }

    @Override
    public <M extends Message<? extends byte[]>> Uni<Void> sendMessage(M message) {
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
