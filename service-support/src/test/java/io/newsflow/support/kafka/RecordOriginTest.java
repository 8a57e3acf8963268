package io.newsflow.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topics;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Which record a dead letter names: each payload of a poll its own, paired by position. */
class RecordOriginTest {

    @Test
    void eachPayloadIsNamedByTheRecordItWasReadFrom() {
        IncomingKafkaRecordBatchMetadata<String, byte[]> batch = batchOf(List.of(readAt(2, 40), readAt(2, 41)));

        assertThat(RecordOrigin.of(batch, 2)).containsExactly(
                new RecordOrigin(Topics.INGEST_RAW, 2, 40), new RecordOrigin(Topics.INGEST_RAW, 2, 41));
    }

    @Test
    void recordsThatDoNotMatchThePayloadNameNothing() {
        IncomingKafkaRecordBatchMetadata<String, byte[]> batch = batchOf(List.of(readAt(0, 7)));

        assertThat(RecordOrigin.of(batch, 2)).containsExactly(null, null);
        assertThat(RecordOrigin.of(null, 1)).containsExactly((RecordOrigin) null);
    }

    @Test
    void aDeadLetterNamesTheRecordInTheHeadersSmallRyeUses() {
        Headers headers = new RecordHeaders();

        RecordOrigin.name(new RecordOrigin(Topics.INGEST_RAW, 2, 41), headers);
        RecordOrigin.name(null, headers);

        assertThat(text(headers, "dead-letter-topic")).isEqualTo(Topics.INGEST_RAW);
        assertThat(text(headers, "dead-letter-partition")).isEqualTo("2");
        assertThat(text(headers, "dead-letter-offset")).isEqualTo("41");
        assertThat(headers.toArray()).hasSize(3);
    }

    private static String text(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static Message<?> readAt(int partition, long offset) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.INGEST_RAW, partition, offset, "key", new byte[0]);
        return Message.of(record.value()).addMetadata(new IncomingKafkaRecordMetadata<>(record, "raw-items"));
    }

    private static IncomingKafkaRecordBatchMetadata<String, byte[]> batchOf(List<Message<?>> records) {
        return new IncomingKafkaRecordBatchMetadata<>(ConsumerRecords.empty(), records, "raw-items", 0, Map.of(), 1);
    }
}
