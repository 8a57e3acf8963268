package io.newsflow.it.gateway;

import io.newsflow.it.TestStack;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reading the gateway's Server-Sent Events, line by line, as a browser's EventSource would. */
public final class SseEvents {

    private SseEvents() {
    }

    /** A request for {@code /v1/stream?<query>} as a reader's browser sends it; the caller may add headers. */
    public static HttpRequest.Builder request(String query, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(TestStack.GATEWAY + "/v1/stream?" + query))
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .header("Accept", "text/event-stream")
                .timeout(timeout);
    }

    /**
     * Reads lines until an event's data carries {@code text}: that event's name ("message" when it has none, as
     * EventSource calls it), or null when the stream ends or no such event comes {@code within}.
     */
    public static String nameOfEventWith(Iterator<String> lines, String text, Duration within)
            throws InterruptedException, ExecutionException {
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            String name = "message";
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isEmpty()) {
                    name = "message";
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:") && line.contains(text)) {
                    return name;
                }
            }
            return null;
        });
        try {
            return found.get(within.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        }
    }
}
