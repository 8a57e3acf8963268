package io.newsflow.it.gateway;

import io.newsflow.it.Metrics;

/**
 * The gateway's Prometheus metrics, as Prometheus scrapes them: on its management interface (a port of its own, on
 * the loopback address), not on the API port.
 */
public final class GatewayMetrics {

    /** The gateway's management interface ({@code quarkus.management.port}, 9000 unless the stack sets another). */
    public static final String URL = System.getProperty("newsflow.gateway.management", "http://127.0.0.1:9000");

    private GatewayMetrics() {
    }

    /** The text of the gateway's /q/metrics. */
    public static String scrape() {
        return Metrics.scrape(URL);
    }
}
