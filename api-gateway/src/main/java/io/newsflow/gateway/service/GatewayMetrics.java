package io.newsflow.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the gateway's webhook deliveries per outcome and its saved-search matches, and gauges its open
 * {@code /v1/stream} connections, whether it is the instance that sends alerts and how far behind that sending is.
 * Created at startup, so every family shows at zero before the first article.
 */
@Startup
@ApplicationScoped
public class GatewayMetrics {

    /** Counter, tag {@code outcome} ({@link WebhookOutcome}): webhook deliveries, once each however many attempts. */
    public static final String WEBHOOK_DELIVERIES = "newsflow.webhook.deliveries";
    /** Counter: articles matched to a saved search, one per article and saved search. */
    public static final String ALERT_MATCHES = "newsflow.alert.matches";
    /** Gauge: {@code /v1/stream} connections open on this instance. */
    public static final String STREAM_CLIENTS = "newsflow.stream.clients";

    /** Gauge: 1 on the instance that sends alerts (holds the alert lock), 0 on the others. */
    public static final String ALERT_SENDER = "newsflow.alert.sender";
    /**
     * Gauge: on the instance that sends alerts, seconds since its matching last caught up with the newest indexed
     * articles (a few seconds when all is well; it grows while Elasticsearch cannot be read or a backlog is worked
     * off); 0 on the others.
     */
    public static final String ALERT_BEHIND = "newsflow.alert.behind.seconds";
    /**
     * Gauge: on the instance that sends alerts, how far (seconds of {@code indexed_at}) the position it records lies
     * behind the newest article it has read: where a sender that takes over would start. About
     * {@code stream.late-window} when all is well; it grows while a delivery is still being retried or the trailing
     * read fails, and a handover then posts everything since again. 0 on the others.
     */
    public static final String ALERT_HELD = "newsflow.alert.held.seconds";

    /** How a webhook delivery ended. */
    public enum WebhookOutcome {
        /** A 2xx answer. */
        DELIVERED,
        /** Every attempt used up, or an answer that is neither 2xx nor worth retrying. */
        FAILED,
        /** Not posted: the address check before sending refused the URL. */
        REFUSED
    }

    private final Map<WebhookOutcome, Counter> deliveries = new EnumMap<>(WebhookOutcome.class);
    private final Counter matches;
    private final AtomicInteger streamClients = new AtomicInteger();
    private final AtomicInteger alertSender = new AtomicInteger();
    /** When the sender's matching last caught up (epoch millis); 0 while this instance does not send. */
    private final AtomicLong alertsCaughtUpAt = new AtomicLong();
    /** How far the recorded position lies behind the newest article read (millis); 0 while this instance does not send. */
    private final AtomicLong alertsHeldMillis = new AtomicLong();

    public GatewayMetrics(MeterRegistry registry) {
        for (WebhookOutcome outcome : WebhookOutcome.values()) {
            deliveries.put(outcome, registry.counter(WEBHOOK_DELIVERIES,
                    MetricNames.TAG_OUTCOME, outcome.name().toLowerCase(Locale.ROOT)));
        }
        this.matches = registry.counter(ALERT_MATCHES);
        // The registry holds a gauge's object weakly; this bean holds it for as long as the application runs.
        registry.gauge(STREAM_CLIENTS, streamClients);
        registry.gauge(ALERT_SENDER, alertSender);
        registry.gauge(ALERT_BEHIND, alertsCaughtUpAt, GatewayMetrics::secondsSince);
        registry.gauge(ALERT_HELD, alertsHeldMillis, millis -> millis.get() / 1000.0);
    }

    private static double secondsSince(AtomicLong millis) {
        long at = millis.get();
        return at == 0 ? 0 : (System.currentTimeMillis() - at) / 1000.0;
    }

    public void delivery(WebhookOutcome outcome) {
        deliveries.get(outcome).increment();
    }

    /** This instance starts or stops sending alerts; one that starts counts as behind until it first catches up. */
    public void alertSender(boolean sends) {
        alertSender.set(sends ? 1 : 0);
        alertsCaughtUpAt.set(sends ? System.currentTimeMillis() : 0);
        alertsHeldMillis.set(0);
    }

    /** The sender recorded a position {@code millis} of {@code indexed_at} behind the newest article it has read. */
    public void alertsHeld(long millis) {
        alertsHeldMillis.set(millis);
    }

    /** The sender's matching has read every article indexed up to a moment ago. */
    public void alertsCaughtUp() {
        if (alertsCaughtUpAt.get() != 0) {
            alertsCaughtUpAt.set(System.currentTimeMillis());
        }
    }

    public void alertMatched() {
        matches.increment();
    }

    /** {@code stream}, counted as one open stream client from its subscription until it ends or the client leaves. */
    public <T> Multi<T> streamClient(Multi<T> stream) {
        return stream
                .onSubscription().invoke(streamClients::incrementAndGet)
                .onTermination().invoke(streamClients::decrementAndGet);
    }
}
