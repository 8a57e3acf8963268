package io.newsflow.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks entities by how much more they are mentioned in a recent window than a baseline predicts. The baseline
 * count is scaled to the window's length; both get +1 (add-one smoothing) so that an entity new in the window
 * with 5 articles scores 6, not infinity, and one article more than expected scores little.
 */
public final class TrendScorer {

    /** Article counts of one entity in the two periods. */
    public record Counts(String id, String name, String type, long recent, long baseline) {
    }

    /** A rising entity: counts, the baseline scaled to the window, and the score. */
    public record Trend(String id, String name, String type, long recent, long baseline, double expected, double score) {
    }

    private TrendScorer() {
    }

    public static List<Trend> rising(Map<String, Counts> counts, Duration window, Duration baseline, long minRecent, int limit) {
        double scale = (double) window.toMillis() / baseline.toMillis();
        List<Trend> out = new ArrayList<>();
        for (Counts c : counts.values()) {
            if (c.recent() < minRecent) {
                continue;
            }
            double expected = c.baseline() * scale;
            double score = (c.recent() + 1) / (expected + 1);
            if (score > 1.0) {
                out.add(new Trend(c.id(), c.name(), c.type(), c.recent(), c.baseline(), round(expected), round(score)));
            }
        }
        out.sort(Comparator.comparingDouble(Trend::score).reversed().thenComparing(Comparator.comparingLong(Trend::recent).reversed()).thenComparing(Trend::id));
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
