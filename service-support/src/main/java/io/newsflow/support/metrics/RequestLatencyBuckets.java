package io.newsflow.support.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.stream.DoubleStream;

/**
 * Gives {@code http_server_requests_seconds} histogram buckets, which Micrometer publishes only when asked: the
 * dashboards' latency panels (p50, p95, p99 per route) are {@code histogram_quantile} over them. A fixed set of
 * bounds, not Micrometer's percentile histogram, keeps the series per route and status few.
 */
public class RequestLatencyBuckets {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /** 5 ms to 10 s, in nanoseconds (the unit Micrometer's timers record in); whole milliseconds stay exact. */
    private static final DistributionStatisticConfig BUCKETS = DistributionStatisticConfig.builder()
            .serviceLevelObjectives(DoubleStream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
                    .map(millis -> millis * 1e6).toArray())
            .build();

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                return id.getName().equals(HTTP_SERVER_REQUESTS) ? BUCKETS.merge(config) : config;
            }
        };
    }
}
