package io.newsflow.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.ingest.messaging.RawItemConsumer;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.newsflow.ingest.rest.PushResource;
import io.newsflow.ingest.wire.WireFormatException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Counts ingest-service's items per outcome, its dead letters and push rejections per reason, and its feed polls per
 * outcome. Counters of fixed tags are looked up once; those of the feed polls that succeed exist from the start, so
 * the family shows before the first poll.
 */
@jakarta.enterprise.context.ApplicationScoped
public class IngestMetrics {

    private static final String STAGE = "ingest";
    /** The {@code reason} of a poll that did not fail (Prometheus wants every series of a family to have the same tags). */
    static final String NO_REASON = "none";
    private final MeterRegistry registry;
    private final Map<LedgerOutcome, Counter> outcomes = new EnumMap<>(LedgerOutcome.class);
    private final Counter received;
    private final Counter published;
    private final Timer batchTime;
    private final DistributionSummary batchSize;
    private final Counter pollsOk;
    private final Counter pollsNotModified;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (LedgerOutcome outcome : LedgerOutcome.values()) {
            outcomes.put(outcome, items(outcome.name().toLowerCase(Locale.ROOT)));
        }
        this.received = items("received");
        this.published = items("published");
        this.batchTime = Timer.builder(MetricNames.STAGE_PROCESSING).tag(MetricNames.TAG_STAGE, STAGE)
                .publishPercentileHistogram().register(registry);
        this.batchSize = registry.summary("newsflow.ingest.batch.size");
        this.pollsOk = polls("ok", NO_REASON);
        this.pollsNotModified = polls("not_modified", NO_REASON);
        // Every reason an alert or panel takes increase() of exists from the start: a series that appears at its first
        // increment has no earlier sample, and the first burst would read as nothing.
        for (String reason : WireFormatException.REASONS) {
            registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason);
            registry.counter(MetricNames.REJECTIONS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason);
        }
        for (String reason : List.of(RawItemConsumer.PROCESSING_FAILED, IngestService.RELEASE_FAILED)) {
            registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason);
        }
        registry.counter(MetricNames.REJECTIONS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON,
                PushResource.NO_USABLE_ITEM);
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

    /** A record written to newsflow.ingest.dlq; only then. */
    public void deadLetter(String reason) {
        registry.counter(MetricNames.DEAD_LETTERS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason).increment();
    }

    /** A push answered with a 4xx and written nowhere but the ledger; {@code reason} is the problem type. */
    public void rejection(String reason) {
        registry.counter(MetricNames.REJECTIONS, MetricNames.TAG_STAGE, STAGE, MetricNames.TAG_REASON, reason).increment();
    }

    /** One poll of a feed: ok, not_modified, or failed with its reason code. */
    public void poll(PollOutcome outcome) {
        if (!outcome.succeeded()) {
            polls("failed", outcome.reason()).increment();
        } else if (outcome.unchanged()) {
            pollsNotModified.increment();
        } else {
            pollsOk.increment();
        }
    }

    private Counter polls(String outcome, String reason) {
        return registry.counter(MetricNames.FEED_POLLS, MetricNames.TAG_OUTCOME, outcome, MetricNames.TAG_REASON, reason);
    }
}
