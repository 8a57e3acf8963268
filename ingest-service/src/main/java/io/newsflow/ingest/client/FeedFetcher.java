package io.newsflow.ingest.client;

import io.newsflow.ingest.config.IngestConfig;
import io.newsflow.support.net.PublicAddresses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
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
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Fetches a feed document over HTTP(S) with a conditional GET (If-None-Match / If-Modified-Since), never trusting
 * the server: a connect timeout, a deadline for each request (a server that sends headers and then trickles or
 * hangs fails at the deadline), redirects followed by hand up to a limit with loops named as such, and a size limit
 * counted on the decompressed bytes (a gzip bomb stops at the limit). Before each request, the first and every
 * redirect's, the address is judged ({@link FeedAddresses}, its host looked up on a worker thread): a feed may not
 * lead the service to this machine or a private network. The request then connects to the address that was judged,
 * so a name whose DNS answer changes in between (rebinding) cannot send it elsewhere. Every failure is a {@link FeedFetchException}
 * whose message is what the operator reads as the feed's last error.
 */
@ApplicationScoped
public class FeedFetcher {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

    /** What a poll got: a document with the server's content type, or "not modified". */
    public record Fetched(int status, byte[] body, String etag, String lastModified, String url, String contentType) {

        public boolean notModified() {
            return status == 304;
        }
    }

    /**
     * A poll that got no usable document; the message says why, for the feed's last error, and the reason is one of
     * a few stable codes, for counters (never the address or the server's words).
     */
    public static final class FeedFetchException extends RuntimeException {
        public static final String TIMEOUT = "timeout";
        public static final String REDIRECT_LOOP = "redirect-loop";
        public static final String TOO_MANY_REDIRECTS = "too-many-redirects";
        public static final String BAD_REDIRECT = "bad-redirect";
        public static final String HTTP_4XX = "http-4xx";
        public static final String HTTP_5XX = "http-5xx";
        public static final String HTTP_OTHER = "http-other";
        public static final String TOO_LARGE = "too-large";
        public static final String UNKNOWN_HOST = "unknown-host";
        public static final String CANNOT_CONNECT = "cannot-connect";
        public static final String CONNECTION_FAILED = "connection-failed";
        public static final String PRIVATE_ADDRESS = "private-address";

        private final String reason;
        private final Integer status;

        public FeedFetchException(String reason, String message, Integer status) {
            super(message, null, false, false);
            this.reason = reason;
            this.status = status;
        }

        /** One of the codes above. */
        public String reason() {
            return reason;
        }

        /** The HTTP status the server answered with, or null when it gave none. */
        public Integer status() {
            return status;
        }

        static String ofStatus(int status) {
            return status >= 500 ? HTTP_5XX : status >= 400 ? HTTP_4XX : HTTP_OTHER;
        }
    }

    private final Vertx vertx;
    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final int maxRedirects;
    private final int maxBytes;
    private final String userAgent;
    private final PublicAddresses addresses;

    public FeedFetcher(Vertx vertx, IngestConfig config) {
        IngestConfig.Feeds feeds = config.feeds();
        this.vertx = vertx;
        this.addresses = FeedAddresses.of(config);
        this.requestTimeoutMillis = feeds.requestTimeout().toMillis();
        this.maxRedirects = feeds.maxRedirects();
        this.maxBytes = config.maxDocumentBytes();
        this.userAgent = feeds.userAgent();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) feeds.connectTimeout().toMillis())
                .setIdleTimeout((int) feeds.requestTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setTryUseCompression(true)
                .setMaxPoolSize(Math.max(1, feeds.maxConcurrentPolls())));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /**
     * Fetches {@code url}, sending the validators of the last answer when there are any.
     *
     * @param etag         the ETag of the last 200 answer, or null
     * @param lastModified the Last-Modified of the last 200 answer, or null
     */
    public Uni<Fetched> fetch(String url, String etag, String lastModified) {
        return Uni.createFrom().completionStage(() -> {
            List<String> visited = new ArrayList<>();
            visited.add(url);
            return follow(url, etag, lastModified, visited).toCompletionStage();
        });
    }

    private Future<Fetched> follow(String url, String etag, String lastModified, List<String> visited) {
        return judge(url, visited)
                .compose(checked -> get(url, checked, etag, lastModified))
                .compose(answer -> {
                    if (!REDIRECTS.contains(answer.status())) {
                        return Future.succeededFuture(answer);
                    }
                    String next;
                    try {
                        next = resolve(url, answer.url());
                    } catch (FeedFetchException e) {
                        return Future.failedFuture(e);
                    }
                    if (visited.contains(next)) {
                        visited.add(next);
                        return Future.failedFuture(new FeedFetchException(FeedFetchException.REDIRECT_LOOP,
                                "redirect loop: " + String.join(" -> ", visited), answer.status()));
                    }
                    visited.add(next);
                    if (visited.size() - 1 > maxRedirects) {
                        return Future.failedFuture(new FeedFetchException(FeedFetchException.TOO_MANY_REDIRECTS,
                                "more than " + maxRedirects + " redirects: " + String.join(" -> ", visited), answer.status()));
                    }
                    return follow(next, etag, lastModified, visited);
                });
    }

    /**
     * Fails with {@link FeedFetchException#PRIVATE_ADDRESS} when {@code url}, the last of {@code visited}, may not be
     * fetched; else gives the address its host was judged by, so that the request goes there and a second DNS answer
     * cannot send it elsewhere.
     */
    private Future<InetAddress> judge(String url, List<String> visited) {
        return vertx.executeBlocking(() -> addresses.judgeCall(url, InetAddress::getAllByName), false)
                .recover(e -> Future.failedFuture(connectionFailure(url, e)))
                .compose(call -> call.refusal() == null ? Future.succeededFuture(call.server()) : Future.failedFuture(
                        new FeedFetchException(FeedFetchException.PRIVATE_ADDRESS, visited.size() == 1
                                ? "not fetching " + url + ": " + call.refusal()
                                : "redirect not followed (" + String.join(" -> ", visited) + "): " + call.refusal(), null)));
    }

    /**
     * One request, to {@code server} when given (the host's name still names it to the server and to TLS). A redirect
     * comes back as a Fetched whose {@code url} is the Location header.
     */
    private Future<Fetched> get(String url, InetAddress server, String etag, String lastModified) {
        Promise<Fetched> promise = Promise.promise();
        AtomicReference<HttpClientRequest> request = new AtomicReference<>();
        long timer = vertx.setTimer(requestTimeoutMillis, id -> {
            if (promise.tryFail(new FeedFetchException(FeedFetchException.TIMEOUT, "no complete answer from " + url
                    + " within " + requestTimeoutMillis / 1000 + " s (the server hangs or is too slow)", null))) {
                reset(request.get());
            }
        });
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(url)
                .setFollowRedirects(false)
                .putHeader(HttpHeaders.USER_AGENT, userAgent)
                .putHeader(HttpHeaders.ACCEPT, ACCEPT);
        if (server != null) {
            options.setServer(SocketAddress.inetSocketAddress(PublicAddresses.port(URI.create(url)), server.getHostAddress()));
        }
        if (etag != null) {
            options.putHeader(HttpHeaders.IF_NONE_MATCH, etag);
        }
        if (lastModified != null) {
            options.putHeader(HttpHeaders.IF_MODIFIED_SINCE, lastModified);
        }
        client.request(options)
                .onFailure(e -> promise.tryFail(connectionFailure(url, e)))
                .onSuccess(req -> {
                    request.set(req);
                    req.send()
                            .onFailure(e -> promise.tryFail(connectionFailure(url, e)))
                            .onSuccess(response -> answer(url, req, response, promise));
                });
        return promise.future().onComplete(done -> vertx.cancelTimer(timer));
    }

    private void answer(String url, HttpClientRequest req, HttpClientResponse response, Promise<Fetched> promise) {
        int status = response.statusCode();
        // Also receives the stream resets this method causes; by then the promise is complete and they are ignored.
        response.exceptionHandler(e -> promise.tryFail(connectionFailure(url, e)));
        // The promise is settled before a reset: a reset reports itself to the exception handler above.
        if (REDIRECTS.contains(status)) {
            String location = response.getHeader(HttpHeaders.LOCATION);
            if (location == null || location.isBlank()) {
                promise.tryFail(new FeedFetchException(FeedFetchException.BAD_REDIRECT,
                        "HTTP " + status + " redirect without a Location header from " + url, status));
            } else {
                promise.tryComplete(new Fetched(status, null, null, null, location.strip(), null));
            }
            reset(req);
            return;
        }
        if (status == 304) {
            promise.tryComplete(new Fetched(304, null, null, null, url, null));
            return;
        }
        if (status < 200 || status > 299) {
            promise.tryFail(new FeedFetchException(FeedFetchException.ofStatus(status),
                    "HTTP " + status + " " + response.statusMessage() + " from " + url, status));
            reset(req);
            return;
        }
        String declared = response.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && parseLong(declared) > maxBytes && !isCompressed(response)) {
            promise.tryFail(tooLarge(url, status));
            reset(req);
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + chunk.length() > maxBytes) {
                if (promise.tryFail(tooLarge(url, status))) {
                    reset(req);
                }
                return;
            }
            body.appendBuffer(chunk);
        });
        response.endHandler(done -> promise.tryComplete(new Fetched(status, body.getBytes(),
                response.getHeader(HttpHeaders.ETAG), response.getHeader(HttpHeaders.LAST_MODIFIED), url,
                response.getHeader(HttpHeaders.CONTENT_TYPE))));
    }

    private FeedFetchException tooLarge(String url, int status) {
        return new FeedFetchException(FeedFetchException.TOO_LARGE,
                "the feed at " + url + " is larger than " + maxBytes + " bytes", status);
    }

    private static boolean isCompressed(HttpClientResponse response) {
        String encoding = response.getHeader(HttpHeaders.CONTENT_ENCODING);
        return encoding != null && !encoding.isBlank() && !"identity".equalsIgnoreCase(encoding.strip());
    }

    private static FeedFetchException connectionFailure(String url, Throwable e) {
        if (e instanceof FeedFetchException f) {
            return f;
        }
        String reason;
        String why;
        if (e instanceof UnknownHostException) {
            reason = FeedFetchException.UNKNOWN_HOST;
            why = "unknown host";
        } else if (e instanceof ConnectException || (e.getCause() instanceof ConnectException)) {
            reason = FeedFetchException.CANNOT_CONNECT;
            why = "cannot connect (" + e.getMessage() + ")";
        } else if (e.getClass().getSimpleName().contains("Timeout")) {
            reason = FeedFetchException.TIMEOUT;
            why = "timed out (" + e.getMessage() + ")";
        } else {
            reason = FeedFetchException.CONNECTION_FAILED;
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return new FeedFetchException(reason, "fetching " + url + " failed: " + why, null);
    }

    /** The absolute http(s) address a Location header points to, relative ones resolved against the request's. */
    static String resolve(String base, String location) {
        try {
            URI next = new URI(base).resolve(new URI(location));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new FeedFetchException(FeedFetchException.BAD_REDIRECT,
                        "redirect from " + base + " to a non-HTTP address: " + location, null);
            }
            return next.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FeedFetchException(FeedFetchException.BAD_REDIRECT,
                    "redirect from " + base + " to an invalid address: " + location, null);
        }
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }
}
