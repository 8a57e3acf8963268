package io.newsflow.ingest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.ingest.TestConfigs;
import io.newsflow.ingest.client.FeedFetcher.FeedFetchException;
import io.newsflow.ingest.client.FeedFetcher.Fetched;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a local HTTP server that behaves as real feed servers do, well and badly, and what each failure is called. */
class FeedFetcherTest {

    private static final String RSS = "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
    private static final int MAX_BYTES = 10_000;
    /**
     * The fetcher's deadline for each answer: a safety net against hanging, never reached by this server on a loaded
     * machine. How fast the fetcher is belongs to benchmarks; only the hanging server's test meets a short deadline.
     */
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    private static final Duration SHORT_DEADLINE = Duration.ofSeconds(2);

    private Vertx vertx;
    private HttpServer server;
    private FeedFetcher fetcher;
    private final List<String> conditionalHeaders = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", this::feed);
        server.createContext("/moved", exchange -> redirect(exchange, "/feed"));
        server.createContext("/loop-a", exchange -> redirect(exchange, "/loop-b"));
        server.createContext("/loop-b", exchange -> redirect(exchange, "http://127.0.0.1:" + port() + "/loop-a"));
        server.createContext("/chain", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            redirect(exchange, "/chain?" + (n + 1));
        });
        server.createContext("/to-metadata", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-localhost", exchange -> redirect(exchange, "http://localhost:" + port() + "/feed"));
        server.createContext("/hang", exchange -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        server.createContext("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[1024];
                for (int i = 0; i < 100; i++) {
                    out.write(chunk);
                }
            } catch (IOException ignored) {
                // the client hung up, as it should
            }
        });
        server.createContext("/broken", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        vertx = Vertx.vertx();
        fetcher = new FeedFetcher(vertx, TestConfigs.of(MAX_BYTES, DEADLINE));
    }

    @AfterEach
    void stop() {
        release.countDown();
        fetcher.close();
        server.stop(0);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private Fetched fetch(String path, String etag, String lastModified) {
        return fetch(fetcher, url(path), etag, lastModified);
    }

    /** Waits longer than the fetcher's own deadline, so that a fetch that hangs fails with the fetcher's reason. */
    private static Fetched fetch(FeedFetcher fetcher, String url, String etag, String lastModified) {
        return fetcher.fetch(url, etag, lastModified).await().atMost(DEADLINE.multipliedBy(2));
    }

    private void feed(HttpExchange exchange) throws IOException {
        String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
        conditionalHeaders.add(etag + "|" + exchange.getRequestHeaders().getFirst("If-Modified-Since"));
        if ("\"v1\"".equals(etag)) {
            exchange.sendResponseHeaders(304, -1);
            exchange.close();
            return;
        }
        byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("ETag", "\"v1\"");
        exchange.getResponseHeaders().add("Last-Modified", "Mon, 02 Jun 2025 09:00:00 GMT");
        exchange.getResponseHeaders().add("Content-Type", "text/xml; charset=windows-1256");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    @Test
    void firstPollGetsTheDocumentAndItsValidators() {
        Fetched fetched = fetch("/feed", null, null);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(RSS);
        assertThat(fetched.etag()).isEqualTo("\"v1\"");
        assertThat(fetched.lastModified()).isEqualTo("Mon, 02 Jun 2025 09:00:00 GMT");
        // kept for its charset, which applies to a feed that names no encoding itself
        assertThat(fetched.contentType()).isEqualTo("text/xml; charset=windows-1256");
    }

    @Test
    void secondPollSendsTheValidatorsAndGetsNotModified() {
        Fetched fetched = fetch("/feed", "\"v1\"", "Mon, 02 Jun 2025 09:00:00 GMT");
        assertThat(fetched.notModified()).isTrue();
        assertThat(conditionalHeaders).containsExactly("\"v1\"|Mon, 02 Jun 2025 09:00:00 GMT");
    }

    @Test
    void redirectIsFollowed() {
        Fetched fetched = fetch("/moved", null, null);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.url()).isEqualTo(url("/feed"));
    }

    @Test
    void redirectLoopIsNamed() {
        assertThatThrownBy(() -> fetch("/loop-a", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("redirect loop: " + url("/loop-a") + " -> " + url("/loop-b") + " -> " + url("/loop-a"))
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.REDIRECT_LOOP);
    }

    @Test
    void tooManyRedirectsFail() {
        assertThatThrownBy(() -> fetch("/chain?1", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("more than 3 redirects")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.TOO_MANY_REDIRECTS);
    }

    @Test
    void serverThatHangsFailsAtTheDeadline() {
        FeedFetcher impatient = new FeedFetcher(vertx, TestConfigs.of(MAX_BYTES, SHORT_DEADLINE));
        long start = System.nanoTime();
        try {
            assertThatThrownBy(() -> fetch(impatient, url("/hang"), null, null))
                    .isInstanceOf(FeedFetchException.class)
                    .hasMessageContaining("within 2 s")
                    .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.TIMEOUT);
        } finally {
            impatient.close();
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
    }

    @Test
    void bodyOverTheLimitIsCutOff() {
        assertThatThrownBy(() -> fetch("/huge", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageContaining("larger than " + MAX_BYTES + " bytes")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.TOO_LARGE);
    }

    @Test
    void errorStatusIsTheError() {
        assertThatThrownBy(() -> fetch("/broken", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("HTTP 503")
                .satisfies(e -> assertThat(((FeedFetchException) e).status()).isEqualTo(503))
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.HTTP_5XX);
    }

    @Test
    void refusedConnectionIsTheError() throws IOException {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> fetch(fetcher, "http://127.0.0.1:" + closedPort + "/feed", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageContaining("cannot connect")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.CANNOT_CONNECT);
    }

    @Test
    void redirectToTheMetadataAddressIsNotFollowed() {
        assertThatThrownBy(() -> fetch("/to-metadata", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageStartingWith("redirect not followed (" + url("/to-metadata") + " -> http://169.254.169.254/latest/meta-data/): "
                        + "feed must be a public address")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.PRIVATE_ADDRESS);
    }

    @Test
    void redirectToThisMachineOutsideTheAllowedPrefixesIsNotFollowed() {
        assertThatThrownBy(() -> fetch("/to-localhost", null, null))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageContaining("-> http://localhost:" + port() + "/feed): feed must be a public address")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.PRIVATE_ADDRESS);
        assertThat(conditionalHeaders).as("the redirect's target was never asked").isEmpty();
    }

    @Test
    void feedOnThisMachineIsNotFetchedWhenNoPrefixAllowsIt() {
        FeedFetcher guarded = new FeedFetcher(vertx, TestConfigs.of(MAX_BYTES, DEADLINE, Optional.empty()));
        try {
            assertThatThrownBy(() -> fetch(guarded, url("/feed"), null, null))
                    .isInstanceOf(FeedFetchException.class)
                    .hasMessageStartingWith("not fetching " + url("/feed") + ": feed must be a public address")
                    .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.PRIVATE_ADDRESS);
        } finally {
            guarded.close();
        }
        assertThat(conditionalHeaders).isEmpty();
    }

    @Test
    void relativeLocationsAreResolvedAndOnlyHttpIsFollowed() {
        assertThat(FeedFetcher.resolve("http://a.example/x/feed", "../rss")).isEqualTo("http://a.example/rss");
        assertThatThrownBy(() -> FeedFetcher.resolve("http://a.example/feed", "file:///etc/passwd"))
                .isInstanceOf(FeedFetchException.class)
                .hasMessageContaining("non-HTTP")
                .extracting(FeedFetcherTest::reason).isEqualTo(FeedFetchException.BAD_REDIRECT);
    }

    /** The failure's code for counters: one of a few, never the address. */
    private static String reason(Throwable failure) {
        return ((FeedFetchException) failure).reason();
    }
}
