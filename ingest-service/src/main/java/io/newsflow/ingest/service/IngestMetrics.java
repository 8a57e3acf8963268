package io.newsflow.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.repository.LedgerOutcome;
import java.util.Locale;

/** Counts ingest-service's items per outcome and its dead letters per reason. */
@jakarta.enterprise.context.ApplicationScoped
public class IngestMetrics {

    private static final String STAGE = "ingest";
    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void item(LedgerOutcome outcome) {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE,
                MetricNames.TAG_OUTCOME, outcome.name().toLowerCase(Locale.ROOT)).increment();
    }

    public void received() {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, "received").increment();
    }

    public void published(int count) {
        registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, "published").increment(count);
    }

    public void deadLetter(String reason) {
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason).increment();
    }
}
