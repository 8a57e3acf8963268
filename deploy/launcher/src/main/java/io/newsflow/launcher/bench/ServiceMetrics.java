package io.newsflow.launcher.bench;

import io.newsflow.launcher.LocalHttp;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Reads one sample of a service's Prometheus metrics, e.g. {@code newsflow_items_total{stage="index",outcome="indexed"}}. */
public final class ServiceMetrics {

    private static final HttpClient HTTP = LocalHttp.client(Duration.ofSeconds(2));

    private ServiceMetrics() {
    }

    /** The sum of every sample of {@code family} whose labels include each of {@code labels} ("k=\"v\""); 0 if none. */
    public static double value(String serviceUrl, String family, String... labels) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return sum(response.body(), family, labels);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read metrics of " + serviceUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The sum over the samples of a Prometheus text page, as {@link #value} describes. */
    static double sum(String page, String family, String... labels) {
        double sum = 0;
        for (String line : page.split("\n")) {
            // An exemplar (" # {trace_id=...} value timestamp") may follow the sample's value.
            int exemplar = line.indexOf(" # ");
            String sample = exemplar >= 0 ? line.substring(0, exemplar) : line;
            if (!sample.startsWith(family + "{") && !sample.startsWith(family + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= sample.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
