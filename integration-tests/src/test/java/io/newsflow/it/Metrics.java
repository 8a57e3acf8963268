package io.newsflow.it;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/**
 * A service's Prometheus metrics as Prometheus scrapes them, read the way a dashboard sums a family's series. A
 * sample line may end with an exemplar ({@code 162.0 # {span_id="…",trace_id="…"} 1.0 1796186440.040}) when a sampled
 * trace passed through: the value is the first number after the labels, not the last on the line.
 */
public final class Metrics {

    private Metrics() {
    }

    /** The text of {@code /q/metrics} at {@code baseUri} (for the gateway: its management interface). */
    public static String scrape(String baseUri) {
        return given().baseUri(baseUri).when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The sum of the series of {@code family} at {@code baseUri} whose labels include every one of {@code labels}
     * (written as in the exposition, {@code outcome="ok"}); 0 while there is none.
     */
    public static double sum(String baseUri, String family, String... labels) {
        return scrape(baseUri).lines()
                .filter(line -> line.startsWith(family + "{") || line.startsWith(family + " "))
                .map(line -> line.substring(family.length()))
                .filter(sample -> Arrays.stream(labels).allMatch(label -> labelsOf(sample).contains(label)))
                .mapToDouble(Metrics::valueOf)
                .sum();
    }

    /** {@code {a="1",b="2"}} of a sample written without its family's name; empty when it has no labels. */
    private static String labelsOf(String sample) {
        return sample.startsWith("{") ? sample.substring(0, sample.indexOf("} ") + 1) : "";
    }

    private static double valueOf(String sample) {
        String rest = sample.substring(labelsOf(sample).length()).trim();
        int end = rest.indexOf(' ');
        return Double.parseDouble(end < 0 ? rest : rest.substring(0, end));
    }
}
