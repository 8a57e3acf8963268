package io.newsflow.extract.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.OutgoingInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Counts what becomes of the articles extract-service reads: received; published once Kafka has acknowledged the
 * enriched article (not when it is handed to the producer); failed, and dead-lettered with the reason, when it could
 * not be read or enriched, or when Kafka did not take it (the incoming record then goes to newsflow.extract.dlq).
 */
@ApplicationScoped
@Identifier(ArticleExtractionProcessor.ENRICHED_ARTICLES)
public class ExtractOutcomes implements OutgoingInterceptor {

    private static final String STAGE = "extract";

    private final MeterRegistry registry;

    public ExtractOutcomes(MeterRegistry registry) {
        this.registry = registry;
    }

    void received() {
        count("received");
    }

    void failed(Throwable e) {
        count("failed");
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE,
                MetricNames.TAG_REASON, e.getClass().getSimpleName()).increment();
    }

    @Override
    public void onMessageAck(Message<?> message) {
        count("published");
    }

    @Override
    public void onMessageNack(Message<?> message, Throwable failure) {
        failed(failure);
    }

    private void count(String outcome) {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome).increment();
    }
}
