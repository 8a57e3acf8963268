package io.newsflow.launcher.bench;

import io.newsflow.contracts.EventCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a benchmark's results as JSON and as a small HTML page a person can open: the figures, a line plot of
 * throughput over time and a histogram of latencies, drawn as inline SVG (no scripts, no network).
 */
public final class BenchReport {

    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private double[][] series = new double[0][];
    private String seriesLabel = "";
    private double[] latencies = new double[0];
    private String latencyLabel = "";

    public BenchReport(String name) {
        this.name = name;
    }

    public BenchReport figure(String key, Object value) {
        figures.put(key, value);
        return this;
    }

    /** Points (seconds since start, value) of a throughput curve. */
    public BenchReport series(String label, List<double[]> points) {
        this.seriesLabel = label;
        this.series = points.toArray(new double[0][]);
        return this;
    }

    public BenchReport latencies(String label, double[] values) {
        this.latencyLabel = label;
        this.latencies = values.clone();
        return this;
    }

    /** Writes {@code <dir>/<name>.json} and {@code <dir>/<name>.html}; returns the HTML path. */
    public Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            Map<String, Object> json = new LinkedHashMap<>(figures);
            json.put("series", Map.of("label", seriesLabel, "points", series));
            Files.writeString(dir.resolve(name + ".json"), EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
            Path html = dir.resolve(name + ".html");
            Files.writeString(html, html());
            return html;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String html() {
        StringBuilder rows = new StringBuilder();
        figures.forEach((k, v) -> rows.append("<tr><th>").append(escape(k)).append("</th><td>").append(escape(String.valueOf(v))).append("</td></tr>\n"));
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + escape(name) + "</title>"
                + "<style>body{font-family:sans-serif;margin:2em}th{text-align:left;padding-right:1em}svg{border:1px solid #ccc;margin:1em 0}</style>"
                + "</head><body><h1>" + escape(name) + "</h1><table>" + rows + "</table>"
                + "<h2>" + escape(seriesLabel) + "</h2>" + lineChart()
                + "<h2>" + escape(latencyLabel) + "</h2>" + histogram() + "</body></html>\n";
    }

    private String lineChart() {
        if (series.length < 2) {
            return "<p>(no data)</p>";
        }
        double maxX = 0;
        double maxY = 0;
        for (double[] p : series) {
            maxX = Math.max(maxX, p[0]);
            maxY = Math.max(maxY, p[1]);
        }
        StringBuilder points = new StringBuilder();
        for (double[] p : series) {
            points.append(String.format("%.1f,%.1f ", 40 + 540 * p[0] / Math.max(maxX, 1e-9), 260 - 240 * p[1] / Math.max(maxY, 1e-9)));
        }
        return "<svg width=\"600\" height=\"300\" xmlns=\"http://www.w3.org/2000/svg\">"
                + "<polyline fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\" points=\"" + points + "\"/>"
                + String.format("<text x=\"5\" y=\"20\">%.0f</text><text x=\"5\" y=\"260\">0</text><text x=\"540\" y=\"290\">%.0f s</text>", maxY, maxX)
                + "</svg>";
    }

    private String histogram() {
        if (latencies.length == 0) {
            return "<p>(no data)</p>";
        }
        Percentiles p = new Percentiles(latencies);
        double max = p.at(99.9);
        int buckets = 30;
        int[] counts = new int[buckets];
        for (double v : latencies) {
            counts[Math.min(buckets - 1, (int) (v / Math.max(max, 1e-9) * buckets))]++;
        }
        int top = 1;
        for (int c : counts) {
            top = Math.max(top, c);
        }
        StringBuilder bars = new StringBuilder();
        for (int i = 0; i < buckets; i++) {
            double h = 240.0 * counts[i] / top;
            bars.append(String.format("<rect x=\"%.1f\" y=\"%.1f\" width=\"16\" height=\"%.1f\" fill=\"#ff7f0e\"/>", 40 + i * 18.0, 260 - h, h));
        }
        return "<svg width=\"600\" height=\"300\" xmlns=\"http://www.w3.org/2000/svg\">" + bars
                + String.format("<text x=\"40\" y=\"290\">0</text><text x=\"520\" y=\"290\">%.0f ms</text>", max)
                + String.format("<text x=\"5\" y=\"20\">p50 %.0f ms, p95 %.0f ms, p99 %.0f ms</text>", p.at(50), p.at(95), p.at(99))
                + "</svg>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
