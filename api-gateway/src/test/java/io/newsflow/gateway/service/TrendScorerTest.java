package io.newsflow.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.gateway.service.TrendScorer.Counts;
import io.newsflow.gateway.service.TrendScorer.Trend;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendScorerTest {

    private static Map<String, Counts> counts(Counts... c) {
        Map<String, Counts> m = new LinkedHashMap<>();
        for (Counts x : c) {
            m.put(x.id(), x);
        }
        return m;
    }

    @Test
    void entityMentionedMoreThanItsScaledBaselineRises() {
        // Baseline 7 days with 7 articles: 1 expected per day; 5 today.
        List<Trend> trends = TrendScorer.rising(counts(new Counts("e", "E", "PERSON", 5, 7)),
                Duration.ofDays(1), Duration.ofDays(7), 2, 10);
        assertThat(trends).singleElement().satisfies(t -> {
            assertThat(t.expected()).isEqualTo(1.0);
            assertThat(t.score()).isEqualTo(3.0);
        });
    }

    @Test
    void steadyEntityDoesNotRise() {
        assertThat(TrendScorer.rising(counts(new Counts("s", "S", "ORG", 3, 21)),
                Duration.ofDays(1), Duration.ofDays(7), 1, 10)).isEmpty();
    }

    @Test
    void rareEntitiesBelowTheMinimumAreLeftOut() {
        assertThat(TrendScorer.rising(counts(new Counts("r", "R", "LOC", 1, 0)),
                Duration.ofDays(1), Duration.ofDays(7), 2, 10)).isEmpty();
    }

    @Test
    void strongestRiseComesFirstAndLimitApplies() {
        List<Trend> trends = TrendScorer.rising(counts(
                        new Counts("a", "A", "ORG", 3, 0),
                        new Counts("b", "B", "ORG", 9, 0),
                        new Counts("c", "C", "ORG", 6, 0)),
                Duration.ofDays(1), Duration.ofDays(7), 2, 2);
        assertThat(trends).extracting(Trend::id).containsExactly("b", "c");
    }
}
