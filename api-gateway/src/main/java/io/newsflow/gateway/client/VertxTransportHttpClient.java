package io.newsflow.gateway.client;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.http.TransportHttpClient;
import co.elastic.clients.util.BinaryData;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The HTTP layer of the gateway's Elasticsearch client, on Vert.x's HTTP client instead of Apache's async client.
 * A request made on an event loop (as every gateway route runs) is sent and answered on that same event loop, so a
 * search costs no thread hand-over on the way out nor on the way back, and none of Apache's per-request machinery
 * (its auth cache alone deserialises an object per request). Credentials, when set, go in a preemptive
 * {@code Authorization: Basic} header.
 *
 * <p>Each event loop has a client (and a pool of connections) of its own. A Vert.x connection lives on the event
 * loop that opened it, and one shared pool lends it to requests from every loop: the answer then arrives on the
 * connection's loop and is handed to the caller's, and the connection's loop is woken again to acknowledge the bytes
 * read, two wake-ups of another thread per search, which on a busy two-core machine wait for a core. Requests from
 * outside an event loop (start-up, tests) share one more client.
 */
final class VertxTransportHttpClient implements TransportHttpClient {

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    /** By event-loop thread. */
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final HttpClient offLoop;
    private final Node node;
    private final String authorization;
    private final long timeoutMillis;

    VertxTransportHttpClient(Vertx vertx, URI base, String username, String password, int maxConnectionsPerLoop, long timeoutMillis) {
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        HttpClientOptions options = new HttpClientOptions()
                .setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort() > 0 ? base.getPort() : tls ? 443 : 80)
                .setSsl(tls)
                .setConnectTimeout(2_000)
                .setKeepAlive(true)
                .setTcpNoDelay(true);
        this.vertx = vertx;
        this.options = options;
        this.pool = new PoolOptions().setHttp1MaxSize(maxConnectionsPerLoop);
        this.offLoop = vertx.createHttpClient(options, pool);
        this.node = new Node(base);
        this.authorization = username == null || username.isBlank() ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(String endpointId, Node ignored, Request request, TransportOptions options) {
        RequestOptions out = new RequestOptions()
                .setMethod(HttpMethod.valueOf(request.method()))
                .setURI(uri(request, options))
                .setIdleTimeout(timeoutMillis);
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        request.headers().forEach(headers::set);
        if (options != null) {
            options.headers().forEach(h -> headers.set(h.getKey(), h.getValue()));
        }
        if (authorization != null) {
            headers.set("Authorization", authorization);
        }
        out.setHeaders(headers);
        Buffer body = body(request.body());
        return client().request(out)
                .compose(r -> body == null ? r.send() : r.send(body))
                .compose(response -> response.body().map(bytes -> (Response) new VertxResponse(node, response, bytes)))
                // As with Apache's client: no answer (refused, closed, timed out) is an IOException to the caller.
                .recover(failure -> Future.failedFuture(failure instanceof IOException ? failure
                        : new IOException("Elasticsearch did not answer: " + failure, failure)))
                .toCompletionStage()
                .toCompletableFuture();
    }

    /** Only for a blocking client, which the gateway does not use: never call this on an event loop. */
    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options) throws IOException {
        try {
            return performRequestAsync(endpointId, node, request, options).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for Elasticsearch", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
    }

    @Override
    public void close() {
        offLoop.close();
        clients.values().forEach(HttpClient::close);
    }

    /** The client of the calling event loop, made at its first request; the shared one off the event loops. */
    private HttpClient client() {
        Context context = Vertx.currentContext();
        if (context == null || !context.isEventLoopContext() || !Context.isOnEventLoopThread()) {
            return offLoop;
        }
        return clients.computeIfAbsent(Thread.currentThread(), loop -> vertx.createHttpClient(options, pool));
    }

    private static String uri(Request request, TransportOptions options) {
        StringBuilder uri = new StringBuilder(request.path());
        char separator = request.path().indexOf('?') < 0 ? '?' : '&';
        for (Map<String, String> params : options == null ? List.of(request.queryParams())
                : List.of(request.queryParams(), options.queryParameters())) {
            for (Map.Entry<String, String> p : params.entrySet()) {
                uri.append(separator).append(encode(p.getKey()));
                if (p.getValue() != null) {
                    uri.append('=').append(encode(p.getValue()));
                }
                separator = '&';
            }
        }
        return uri.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Buffer body(Iterable<ByteBuffer> parts) {
        if (parts == null) {
            return null;
        }
        Buffer buffer = Buffer.buffer();
        for (ByteBuffer part : parts) {
            ByteBuffer b = part.duplicate();
            byte[] bytes = new byte[b.remaining()];
            b.get(bytes);
            buffer.appendBytes(bytes);
        }
        return buffer;
    }

    /** An answer read whole: Elasticsearch answers are small and the client parses them at once anyway. */
    private record VertxResponse(Node node, HttpClientResponse response, Buffer bytes) implements Response {

        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public String header(String name) {
            return response.getHeader(name);
        }

        @Override
        public List<String> headers(String name) {
            return response.headers().getAll(name);
        }

        @Override
        public BinaryData body() {
            if (bytes.length() == 0) {
                return null;
            }
            String type = response.getHeader("Content-Type");
            return BinaryData.of(bytes.getBytes(), type == null ? "application/json" : type);
        }

        @Override
        public Object originalResponse() {
            return response;
        }

        @Override
        public void close() {
            // read whole already: nothing to release
        }
    }
}
