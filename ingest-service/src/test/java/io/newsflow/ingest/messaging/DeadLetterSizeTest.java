package io.newsflow.ingest.messaging;

import static io.newsflow.ingest.messaging.RecordingEmitter.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.contracts.Topics;
import io.newsflow.ingest.service.Received;
import io.newsflow.ingest.wire.WireFormatException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A dead letter Kafka refuses as too large still goes out: it carries the start of its document and says so, so that
 * the record it stands for is never waited on for ever.
 */
class DeadLetterSizeTest {

    private static final Instant ARRIVED = Instant.parse("2026-03-02T08:15:00Z");

    @Test
    void deadLetterTooLargeForKafkaCarriesTheStartOfItsDocumentAndSaysSo() {
        RecordingEmitter deadLetters = new RecordingEmitter(ArticlePublisher.TRUNCATED_BYTES + 1024);
        ArticlePublisher publisher = new ArticlePublisher(null, deadLetters);
        byte[] document = new byte[2 * 1024 * 1024];
        Arrays.fill(document, (byte) 'x');
        document[0] = '[';
        Received refused = Received.refused(document, "topic", ARRIVED,
                new WireFormatException(WireFormatException.MALFORMED_JSON, "unexpected end of input"), true, null, null);

        publisher.deadLetter(refused, "malformed-json: unexpected end of input", null).await().indefinitely();

        assertThat(deadLetters.sent).singleElement().satisfies(message -> {
            assertThat(message.getPayload()).isEqualTo(Arrays.copyOf(document, ArticlePublisher.TRUNCATED_BYTES));
            assertThat(header(message, ArticlePublisher.TRUNCATED_HEADER)).isEqualTo(Integer.toString(document.length));
            assertThat(header(message, Topics.DEAD_LETTER_REASON_HEADER)).isEqualTo("malformed-json: unexpected end of input");
        });
    }

    @Test
    void deadLetterKafkaTakesCarriesTheWholeDocumentWithoutTheHeader() {
        RecordingEmitter deadLetters = new RecordingEmitter(ArticlePublisher.TRUNCATED_BYTES + 1024);
        ArticlePublisher publisher = new ArticlePublisher(null, deadLetters);
        byte[] document = "[{\"id\": \"tram-line-7\"}".getBytes(StandardCharsets.UTF_8);
        Received refused = Received.refused(document, "topic", ARRIVED,
                new WireFormatException(WireFormatException.MALFORMED_JSON, "unexpected end of input"), true, null, null);

        publisher.deadLetter(refused, "malformed-json: unexpected end of input", null).await().indefinitely();

        assertThat(deadLetters.sent).singleElement().satisfies(message -> {
            assertThat(message.getPayload()).isEqualTo(document);
            assertThat(header(message, ArticlePublisher.TRUNCATED_HEADER)).isNull();
        });
    }
}
