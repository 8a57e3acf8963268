package io.newsflow.gateway.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.contracts.MetricNames;
import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.service.GatewayMetrics;
import io.newsflow.gateway.service.GatewayMetrics.WebhookOutcome;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each webhook delivery is counted once, by how it ended, however many attempts it took; against a local receiver
 * that answers as receivers do, well and badly.
 */
class WebhookSenderTest {

    /** What an operator sets to let a receiver on this machine through. */
    private static final Optional<String> LOCAL_RECEIVERS = Optional.of("http://127.0.0.1:");
    private static final String BODY = "{\"article\": {\"id\": \"harbour-crane-1\"}}";

    private static final Vertx VERTX = Vertx.vertx();

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final GatewayMetrics metrics = new GatewayMetrics(registry);
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer receiver;
    private String base;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/ok", exchange -> answer(exchange, 204));
        receiver.createContext("/down", exchange -> answer(exchange, 503));
        receiver.createContext("/gone", exchange -> answer(exchange, 404));
        receiver.createContext("/flaky", exchange -> answer(exchange, requests.get() == 0 ? 503 : 204));
        receiver.start();
        base = "http://127.0.0.1:" + receiver.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    @AfterAll
    static void closeVertx() {
        VERTX.close();
    }

    /** Receivers as they behave, and how one delivery to each ends; the name states the behaviour. */
    static Stream<Arguments> receivers() {
        return Stream.of(
                Arguments.of("a 2xx answer is delivered at once", "/ok", 3, WebhookOutcome.DELIVERED, 1),
                Arguments.of("a 503 then a 204 is one delivered delivery", "/flaky", 3, WebhookOutcome.DELIVERED, 2),
                Arguments.of("a 503 on every attempt is one failed delivery", "/down", 2, WebhookOutcome.FAILED, 2),
                Arguments.of("a 404 is not worth retrying and fails at once", "/gone", 3, WebhookOutcome.FAILED, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receivers")
    void eachDeliveryIsCountedOnceByHowItEnded(String behaviour, String path, int maxAttempts, WebhookOutcome outcome,
                                               int attempts) throws Exception {
        assertDelivery(settings(maxAttempts, LOCAL_RECEIVERS), path, outcome, attempts);
    }

    @Test
    void aPrivateAddressIsRefusedAtSendTimeAndNeverPosted() throws Exception {
        assertDelivery(settings(3, Optional.empty()), "/ok", WebhookOutcome.REFUSED, 0);
    }

    /**
     * A receiver that answers a byte at a time, never finishing its headers, keeps the idle timeout from firing: the
     * delivery still ends, failed, once the timeout has passed in all.
     */
    @Test
    void aReceiverThatNeverFinishesItsAnswerFailsTheDeliveryAfterTheTimeout() throws Exception {
        ScheduledExecutorService receiver = Executors.newSingleThreadScheduledExecutor();
        try (ServerSocket dripping = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // The first task takes the connection and starts the answer; then a byte every 300 ms, never its end.
            Future<Socket> connection = receiver.submit(() -> {
                Socket client = dripping.accept();
                client.getOutputStream().write("HTTP/1.1 204 No Content\r\nX-Slowly: ".getBytes(StandardCharsets.US_ASCII));
                return client;
            });
            receiver.scheduleAtFixedRate(() -> {
                try {
                    connection.get().getOutputStream().write('a');
                } catch (Exception e) {
                    throw new IllegalStateException("the sender gave up", e);
                }
            }, 300, 300, TimeUnit.MILLISECONDS);
            base = "http://127.0.0.1:" + dripping.getLocalPort();

            try {
                assertDelivery(settings(1, LOCAL_RECEIVERS), "/slow", WebhookOutcome.FAILED, 0);
            } finally {
                receiver.shutdownNow();
                if (connection.isDone()) {
                    connection.get().close();
                }
            }
        }
    }

    /** One delivery to {@code path} ends as {@code outcome} after {@code attempts} requests, counted once as that outcome. */
    private void assertDelivery(GatewayConfig.Webhooks settings, String path, WebhookOutcome outcome, int attempts) throws Exception {
        WebhookSender sender = new WebhookSender(VERTX, settings, new WebhookAddresses(settings.allowedPrefixes()), metrics,
                InetAddress::getAllByName, new HttpClientOptions());
        try {
            assertThat(sender.send(base + path, "harbour-secret", BODY, "delivery-1").get(10, TimeUnit.SECONDS)).isEqualTo(outcome);
        } finally {
            sender.close();
        }
        assertThat(requests).as("requests the receiver got").hasValue(attempts);
        assertThat(WebhookOutcome.values()).allSatisfy(counted ->
                assertThat(count(counted)).as(counted.name()).isEqualTo(counted == outcome ? 1.0 : 0.0));
    }

    private double count(WebhookOutcome outcome) {
        return registry.get(GatewayMetrics.WEBHOOK_DELIVERIES)
                .tag(MetricNames.TAG_OUTCOME, outcome.name().toLowerCase(Locale.ROOT))
                .counter().count();
    }

    private void answer(HttpExchange exchange, int status) throws IOException {
        requests.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Webhook settings as an operator would give them, with a 2 s timeout. */
    static GatewayConfig.Webhooks settings(int maxAttempts, Optional<String> allowedPrefixes) {
        return settings(maxAttempts, allowedPrefixes, Duration.ofSeconds(2));
    }

    static GatewayConfig.Webhooks settings(int maxAttempts, Optional<String> allowedPrefixes, Duration timeout) {
        return new GatewayConfig.Webhooks() {
            public int maxAttempts() {
                return maxAttempts;
            }

            public Duration timeout() {
                return timeout;
            }

            public Optional<String> allowedPrefixes() {
                return allowedPrefixes;
            }
        };
    }
}
