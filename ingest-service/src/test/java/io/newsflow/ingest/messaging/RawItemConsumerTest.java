package io.newsflow.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Which trace the documents of a poll continue: each its own record's, paired with the payload by position. */
class RawItemConsumerTest {

    @Test
    void eachDocumentContinuesTheTraceOfItsOwnRecord() {
        Context first = randomTrace();
        Context third = randomTrace();
        IncomingKafkaRecordBatchMetadata<String, byte[]> batch = batchOf(List.of(
                record("first").addMetadata(TracingMetadata.withCurrent(first)),
                record("second"),
                record("third").addMetadata(TracingMetadata.withCurrent(third))));

        List<Context> traces = RawItemConsumer.traces(batch, 3);

        assertThat(traces).hasSize(3);
        assertThat(traceId(traces.get(0))).isEqualTo(traceId(first));
        assertThat(traces.get(1)).as("a record the connector did not trace").isNull();
        assertThat(traceId(traces.get(2))).isEqualTo(traceId(third));
    }

    @Test
    void recordsThatDoNotMatchThePayloadLeaveEveryDocumentToTheCurrentTrace() {
        IncomingKafkaRecordBatchMetadata<String, byte[]> batch = batchOf(List.of(
                record("only").addMetadata(TracingMetadata.withCurrent(randomTrace()))));

        assertThat(RawItemConsumer.traces(batch, 2)).containsExactly(null, null);
        assertThat(RawItemConsumer.traces(null, 2)).containsExactly(null, null);
    }

    private static IncomingKafkaRecordBatchMetadata<String, byte[]> batchOf(List<Message<?>> records) {
        return new IncomingKafkaRecordBatchMetadata<>(ConsumerRecords.empty(), records, RawItemConsumer.RAW_ITEMS, 0,
                Map.of(), 1);
    }

    private static Message<?> record(String document) {
        return Message.of(document.getBytes(StandardCharsets.UTF_8));
    }

    private static Context randomTrace() {
        String traceId = HexFormat.of().formatHex(bytes(16));
        String spanId = HexFormat.of().formatHex(bytes(8));
        SpanContext span = SpanContext.createFromRemoteParent(traceId, spanId, TraceFlags.getDefault(),
                TraceState.getDefault());
        return Context.root().with(Span.wrap(span));
    }

    private static String traceId(Context context) {
        return Span.fromContext(context).getSpanContext().getTraceId();
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
