package io.newsflow.gateway.alert;

import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.service.GatewayMetrics.WebhookOutcome;
import io.newsflow.support.net.PublicAddresses;
import io.quarkus.logging.Log;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts alert payloads to webhooks, signed: {@code X-Newsflow-Signature: sha256=<hex HMAC-SHA256 of
 * "<timestamp>.<body>">} with the saved search's secret, {@code X-Newsflow-Timestamp} (epoch seconds, so receivers
 * can refuse replays) and {@code X-Newsflow-Delivery} (the caller's id for the delivery, the same on every retry
 * and on a match posted again after a failover, so receivers can de-duplicate).
 * A failure (no answer, 5xx, 429, a host that does not resolve) is retried with exponential backoff up to
 * {@code webhooks.max-attempts}; redirects are not followed. Before each attempt the host is looked up once, on this
 * sender's own thread, and that answer is judged ({@link WebhookAddresses#judgeSend}: a URL that now points into
 * a private network is not posted to) and connected to: a name whose DNS answer changes after the check (rebinding)
 * cannot send the post elsewhere. The URL's host is still the one named in the Host header and to TLS, whose
 * certificate must be valid for it. Each delivery is counted once, by how it ended ({@link WebhookOutcome}), not per
 * attempt.
 */
@ApplicationScoped
public class WebhookSender {

    public static final String SIGNATURE = "X-Newsflow-Signature";
    public static final String TIMESTAMP = "X-Newsflow-Timestamp";
    public static final String DELIVERY = "X-Newsflow-Delivery";

    private final GatewayConfig.Webhooks settings;
    private final WebhookAddresses addresses;
    private final GatewayMetrics metrics;
    private final PublicAddresses.Resolver resolver;
    private final Vertx vertx;
    private final HttpClient http;
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "webhook-retries");
        t.setDaemon(true);
        return t;
    });

    @Inject
    public WebhookSender(Vertx vertx, GatewayConfig config, WebhookAddresses addresses, GatewayMetrics metrics) {
        this(vertx, config.webhooks(), addresses, metrics, InetAddress::getAllByName, new HttpClientOptions());
    }

    /** With another resolver and client options (a test's trust store), for tests. */
    WebhookSender(Vertx vertx, GatewayConfig.Webhooks settings, WebhookAddresses addresses, GatewayMetrics metrics,
                  PublicAddresses.Resolver resolver, HttpClientOptions options) {
        this.settings = settings;
        this.addresses = addresses;
        this.metrics = metrics;
        this.resolver = resolver;
        this.vertx = vertx;
        this.http = vertx.httpClientBuilder()
                .with(options
                        .setConnectTimeout((int) settings.timeout().toMillis())
                        .setVerifyHost(true))
                // A connection's failure is also its request's, which answered() logs: without a handler of its
                // own, Vert.x logs it again as an ERROR (a reset at the deadline reads "Connection closed before
                // received headers").
                .withConnectHandler(connection -> connection.exceptionHandler(e ->
                        Log.debugf("webhook connection to %s: %s", connection.remoteAddress(), e.toString())))
                .build();
    }

    /** Sends in the background; completes, once counted, with how the delivery ended. */
    public CompletableFuture<WebhookOutcome> send(String url, String secret, String body, String delivery) {
        CompletableFuture<WebhookOutcome> done = new CompletableFuture<>();
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
        InetAddress server;
        try {
            PublicAddresses.Call call = addresses.judgeSend(url, resolver);
            if (call.refusal() != null) {
                Log.warnf("webhook delivery %s to %s refused: %s", delivery, host(url), call.refusal());
                end(done, WebhookOutcome.REFUSED);
                return;
            }
            server = call.server();
        } catch (UnknownHostException e) {
            retryOrGiveUp(url, secret, body, delivery, n, done);
            return;
        }
        long timestamp = System.currentTimeMillis() / 1000;
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(url)
                .setServer(SocketAddress.inetSocketAddress(PublicAddresses.port(URI.create(url)), server.getHostAddress()))
                .setFollowRedirects(false)
                .setConnectTimeout(settings.timeout().toMillis())
                .setIdleTimeout(settings.timeout().toMillis())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(TIMESTAMP, Long.toString(timestamp))
                .putHeader(DELIVERY, delivery)
                .putHeader(SIGNATURE, "sha256=" + sign(secret, timestamp + "." + body));
        http.request(request)
                .compose(r -> answerWithin(r, body))
                .map(HttpClientResponse::statusCode)
                .onComplete(answer -> answered(answer, url, secret, body, delivery, n, done));
    }

    /**
     * Sends the body and waits for the answer at most the timeout in all: the idle timeout alone would let a receiver
     * that sends a byte now and then hold the delivery (and with it what the alert sender may record) for ever.
     */
    private Future<HttpClientResponse> answerWithin(HttpClientRequest request, String body) {
        long deadline = vertx.setTimer(settings.timeout().toMillis(), id -> request.reset(0,
                new TimeoutException("no answer within " + settings.timeout())));
        return request.send(body).onComplete(answer -> vertx.cancelTimer(deadline));
    }

    private void answered(AsyncResult<Integer> answer, String url, String secret, String body, String delivery, int n,
                          CompletableFuture<WebhookOutcome> done) {
        if (answer.failed() || answer.result() >= 500 || answer.result() == 429) {
            Log.debugf("webhook delivery %s to %s, attempt %d: %s", delivery, host(url), n,
                    answer.failed() ? answer.cause().toString() : "the receiver answered " + answer.result());
            retryOrGiveUp(url, secret, body, delivery, n, done);
        } else if (answer.result() / 100 == 2) {
            end(done, WebhookOutcome.DELIVERED);
        } else {
            Log.warnf("webhook delivery %s to %s failed: the receiver answered %d, not retried", delivery, host(url), answer.result());
            end(done, WebhookOutcome.FAILED);
        }
    }

    private void retryOrGiveUp(String url, String secret, String body, String delivery, int n, CompletableFuture<WebhookOutcome> done) {
        if (n >= settings.maxAttempts()) {
            Log.warnf("webhook delivery %s to %s failed after %d attempts", delivery, host(url), n);
            end(done, WebhookOutcome.FAILED);
            return;
        }
        long backoffMillis = Math.min(60_000, 500L << (n - 1));
        try {
            retries.schedule(() -> attempt(url, secret, body, delivery, n + 1, done), backoffMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            Log.warnf("webhook delivery %s to %s failed: the gateway is stopping, no retry", delivery, host(url));
            end(done, WebhookOutcome.FAILED);
        }
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
        http.close();
    }
}
