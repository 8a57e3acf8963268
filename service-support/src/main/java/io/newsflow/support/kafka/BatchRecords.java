package io.newsflow.support.kafka;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Message;

/** The records of one poll consumed as a batch, paired with the payloads by position. */
public final class BatchRecords {

    private BatchRecords() {
    }

    /**
     * {@code of} each record of the poll, in the order of the payload (the connector builds both from the same list
     * of records); all null if the records do not match the payload, which the connector never does.
     */
    public static <T> List<T> each(IncomingKafkaRecordBatchMetadata<?, ?> batch, int payloads, Function<Message<?>, T> of) {
        List<Message<?>> records = batch == null ? List.of() : batch.getBatchedMessages();
        if (records.size() != payloads) {
            return Collections.nCopies(payloads, null);
        }
        List<T> out = new ArrayList<>(payloads);
        for (Message<?> record : records) {
            out.add(of.apply(record));
        }
        return out;
    }
}
