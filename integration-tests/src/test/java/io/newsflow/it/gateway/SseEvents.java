package io.newsflow.it.gateway;

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
