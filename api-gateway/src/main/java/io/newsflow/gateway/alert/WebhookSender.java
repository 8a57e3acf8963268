package io.newsflow.gateway.alert;

import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.service.GatewayMetrics.WebhookOutcome;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts alert payloads to webhooks, signed: {@code X-Newsflow-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">} with the saved search's secret, {@code X-Newsflow-Timestamp} (epoch seconds, so receivers
 * can refuse replays) and {@code X-Newsflow-Delivery} (the same on every retry, so receivers can de-duplicate).
 * A failure (no answer, 5xx, 429, a host that does not resolve) is retried with exponential backoff up to
 * {@code webhooks.max-attempts}. Before each attempt the URL is judged again ({@link WebhookAddresses#sendRefusal}),
 * host looked up, on this sender's own thread: a URL that now points into a private network is not posted to.
 * Each delivery is counted once, by how it ended ({@link WebhookOutcome}), not per attempt.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-Newsflow-Signature";
    public static final String TIMESTAMP = "X-Newsflow-Timestamp";
    public static final String DELIVERY = "X-Newsflow-Delivery";

    private final GatewayConfig.Webhooks settings;
    private final GatewayMetrics metrics;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public WebhookSender(GatewayConfig config, GatewayMetrics metrics) {
        this(config.webhooks(), metrics);
    }

    WebhookSender(GatewayConfig.Webhooks settings, GatewayMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends in the background; completes, once counted, with how the delivery ended. */
    public CompletableFuture<WebhookOutcome> send(String url, String secret, String body) {
        CompletableFuture<WebhookOutcome> done = new CompletableFuture<>();
        String delivery = UUID.randomUUID().toString();
        retries.execute(() -> attempt(url, secret, body, delivery, 1, done));
        return done;
    }

    private void attempt(String url, String secret, String body, String delivery, int n, CompletableFuture<WebhookOutcome> done) {
        try {
            post(url, secret, body, delivery, n, done);
        } catch (RuntimeException e) {
            Log.warnf("webhook delivery %s to %s not made: %s", delivery, host(url), e.toString());
            end(done, WebhookOutcome.FAILED);
        }
    }

    private void post(String url, String secret, String body, String delivery, int n, CompletableFuture<WebhookOutcome> done) {
        try {
            String refusal = WebhookAddresses.sendRefusal(url, settings.allowedPrefixes(), InetAddress::getAllByName);
            if (refusal != null) {
                Log.warnf("webhook delivery %s to %s refused: %s", delivery, host(url), refusal);
                end(done, WebhookOutcome.REFUSED);
                return;
            }
        } catch (UnknownHostException e) {
            retryOrGiveUp(url, secret, body, delivery, n, done);
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header(TIMESTAMP, Long.toString(timestamp))
                .header(DELIVERY, delivery)
                .header(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean retry = failure != null || response.statusCode() >= 500 || response.statusCode() == 429;
            if (retry) {
                retryOrGiveUp(url, secret, body, delivery, n, done);
            } else if (response.statusCode() / 100 == 2) {
                end(done, WebhookOutcome.DELIVERED);
            } else {
                Log.warnf("webhook delivery %s to %s failed: the receiver answered %d, not retried", delivery, host(url), response.statusCode());
                end(done, WebhookOutcome.FAILED);
            }
        });
    }

    private void retryOrGiveUp(String url, String secret, String body, String delivery, int n, CompletableFuture<WebhookOutcome> done) {
        if (n >= settings.maxAttempts()) {
            Log.warnf("webhook delivery %s to %s failed after %d attempts", delivery, host(url), n);
            end(done, WebhookOutcome.FAILED);
            return;
        }
        long backoffMillis = Math.min(60_000, 500L << (n - 1));
        retries.schedule(() -> attempt(url, secret, body, delivery, n + 1, done), backoffMillis, TimeUnit.MILLISECONDS);
    }

    /** Counts the delivery, then completes it: a caller that sees the outcome sees it counted. */
    private void end(CompletableFuture<WebhookOutcome> done, WebhookOutcome outcome) {
        metrics.delivery(outcome);
        done.complete(outcome);
    }

    /** The receiver's host, for the log: the whole URL may carry a receiver's token in its path or query. */
    private static String host(String url) {
        try {
            return String.valueOf(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return "(no host)";
        }
    }

    /** Hex HMAC-SHA256 of {@code payload} under {@code secret}. */
    public static String sign(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    @PreDestroy
    void close() {
        retries.shutdownNow();
    }
}
