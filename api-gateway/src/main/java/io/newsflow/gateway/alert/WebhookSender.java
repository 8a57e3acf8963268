package io.newsflow.gateway.alert;

import io.newsflow.gateway.config.GatewayConfig;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-Newsflow-Signature";
    public static final String TIMESTAMP = "X-Newsflow-Timestamp";
    public static final String DELIVERY = "X-Newsflow-Delivery";

    private final GatewayConfig config;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });

    public WebhookSender(GatewayConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Sends in the background; completes with true once delivered, false when every attempt failed. */
    public CompletableFuture<Boolean> send(String url, String secret, String body) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        String delivery = UUID.randomUUID().toString();
        retries.execute(() -> attempt(url, secret, body, delivery, 1, done));
        return done;
    }

    private void attempt(String url, String secret, String body, String delivery, int n, CompletableFuture<Boolean> done) {
        try {
            post(url, secret, body, delivery, n, done);
        } catch (RuntimeException e) {
            Log.warnf("webhook delivery %s not made: %s", delivery, e.toString());
            done.complete(false);
        }
    }

    private void post(String url, String secret, String body, String delivery, int n, CompletableFuture<Boolean> done) {
        try {
            String refusal = WebhookAddresses.sendRefusal(url, config.webhooks().allowedPrefixes(), InetAddress::getAllByName);
            if (refusal != null) {
                Log.warnf("webhook delivery %s not made: %s", delivery, refusal);
                done.complete(false);
                return;
            }
        } catch (UnknownHostException e) {
            retryOrGiveUp(url, secret, body, delivery, n, done);
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.webhooks().timeout())
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
            } else {
                done.complete(response.statusCode() / 100 == 2);
            }
        });
    }

    private void retryOrGiveUp(String url, String secret, String body, String delivery, int n, CompletableFuture<Boolean> done) {
        if (n >= config.webhooks().maxAttempts()) {
            Log.warnf("webhook delivery %s failed after %d attempts", delivery, n);
            done.complete(false);
            return;
        }
        long backoffMillis = Math.min(60_000, 500L << (n - 1));
        retries.schedule(() -> attempt(url, secret, body, delivery, n + 1, done), backoffMillis, TimeUnit.MILLISECONDS);
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
