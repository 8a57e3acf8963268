package io.newsflow.extract.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.InvalidPayloadException;
import io.newsflow.contracts.MetricNames;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Counts what becomes of the articles extract-service reads: received; published once Kafka has acknowledged the
 * enriched article (not when it is handed to the producer); failed, and dead-lettered under its reason code
 * ({@link ExtractFailure}), when it could not be read or enriched, or when Kafka did not take it (the incoming record
 * then goes to newsflow.extract.dlq). Every outcome and reason is counted from zero at start.
 */
@ApplicationScoped
@Identifier(ArticleExtractionProcessor.ENRICHED_ARTICLES)
public class ExtractOutcomes implements OutgoingInterceptor {

    private static final String STAGE = "extract";

    private final Counter received;
    private final Counter published;
    private final Counter failed;
    private final Map<String, Counter> deadLetters = new HashMap<>();

    public ExtractOutcomes(MeterRegistry registry) {
        // Every series an alert or panel takes increase() of exists from the start: one that appears at its first
        // increment has no earlier sample, and the first burst would read as nothing.
        this.received = items(registry, "received");
        this.published = items(registry, "published");
        this.failed = items(registry, "failed");
        for (String reason : ExtractFailure.REASONS) {
            deadLetters.put(reason, registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE,
                    MetricNames.TAG_REASON, reason));
        }
    }

    void received() {
        received.increment();
    }

    /**
     * A record that could not be read or enriched: counted, and returned as the failure that dead-letters it, whose
     * message the dead letter's header carries.
     */
    ExtractFailure failed(RuntimeException e) {
        return count(new ExtractFailure(e instanceof InvalidPayloadException
                ? ExtractFailure.INVALID_PAYLOAD
                : ExtractFailure.EXTRACTION_FAILED, e));
    }

    /** The enriched article goes on to Kafka; if Kafka does not take it, its record is dead-lettered as publish-failed. */
    @Override
    public Message<?> beforeMessageSend(Message<?> message) {
        return message.withNackWithMetadata((failure, metadata) ->
                message.nack(new ExtractFailure(ExtractFailure.PUBLISH_FAILED, failure), metadata));
    }

    @Override
    public void onMessageAck(Message<?> message) {
        published.increment();
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        count(new ExtractFailure(ExtractFailure.PUBLISH_FAILED, failure));
    }

    private ExtractFailure count(ExtractFailure failure) {
        failed.increment();
        deadLetters.get(failure.reason()).increment();
        return failure;
    }

    private static Counter items(MeterRegistry registry, String outcome) {
        return registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome);
    }
}
