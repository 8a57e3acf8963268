package io.newsflow.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Counts ingest-service's items per outcome and its dead letters per reason. Counters are looked up once. */
@jakarta.enterprise.context.ApplicationScoped
public class IngestMetrics {

    private static final String STAGE = "ingest";
    private final MeterRegistry registry;
    private final Map<LedgerOutcome, Counter> outcomes = new EnumMap<>(LedgerOutcome.class);
    private final Counter received;
    private final Counter published;
    private final Timer batchTime;
    private final DistributionSummary batchSize;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (LedgerOutcome outcome : LedgerOutcome.values()) {
            outcomes.put(outcome, items(outcome.name().toLowerCase(Locale.ROOT)));
        }
        this.received = items("received");
        this.published = items("published");
        this.batchTime = registry.timer(MetricNames.STAGE_PROCESSING, MetricNames.TAG_STAGE, STAGE);
        this.batchSize = registry.summary("newsflow.ingest.batch.size");
    }

    private Counter items(String outcome) {
        return registry.counter(MetricNames.ITEMS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_OUTCOME, outcome);
    }

    public void item(LedgerOutcome outcome) {
        outcomes.get(outcome).increment();
    }

    public void received() {
        received.increment();
    }

    public void published(int count) {
        published.increment(count);
    }

    /** Time to take one poll of the ingest topic (read, decide, write, publish, commit), and its size. */
    public void batch(int documents, long nanos) {
        batchTime.record(nanos, TimeUnit.NANOSECONDS);
        batchSize.record(documents);
    }

    public void deadLetter(String reason) {
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason).increment();
    }
}
