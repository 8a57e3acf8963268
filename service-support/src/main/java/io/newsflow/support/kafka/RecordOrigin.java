package io.newsflow.support.kafka;

import io.newsflow.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Where a Kafka record was read: what a dead letter made from it names in its headers, in the names SmallRye's own
 * dead letters use, so that a record dead-lettered twice (taken again after a restart) can be told from two bad ones.
 *
 * @param topic     the topic it was read from
 * @param partition its partition
 * @param offset    its offset in that partition
 */
public record RecordOrigin(String topic, int partition, long offset) {

    /** The record of each payload of a poll ({@link BatchRecords#each}). */
    public static List<RecordOrigin> of(IncomingKafkaRecordBatchMetadata<?, ?> batch, int payloads) {
        return BatchRecords.each(batch, payloads, record -> record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> new RecordOrigin(m.getTopic(), m.getPartition(), m.getOffset()))
                .orElse(null));
    }

    /** Where {@code record} was read. */
    public static RecordOrigin of(ConsumerRecord<?, ?> record) {
        return new RecordOrigin(record.topic(), record.partition(), record.offset());
    }

    /** Names this record on a dead letter's headers; nothing when the origin is not known ({@code origin} null). */
    public static void name(RecordOrigin origin, Headers headers) {
        if (origin != null) {
            headers.add(Topics.DEAD_LETTER_TOPIC_HEADER, origin.topic.getBytes(StandardCharsets.UTF_8));
            headers.add(Topics.DEAD_LETTER_PARTITION_HEADER, Integer.toString(origin.partition).getBytes(StandardCharsets.UTF_8));
            headers.add(Topics.DEAD_LETTER_OFFSET_HEADER, Long.toString(origin.offset).getBytes(StandardCharsets.UTF_8));
        }
    }
}
