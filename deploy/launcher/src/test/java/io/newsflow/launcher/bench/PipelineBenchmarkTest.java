package io.newsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineBenchmarkTest {

    @Test
    void aRateInArticlesSendsTheirUpdatesDuplicatesAndKillsAtTheSamePace() {
        PipelineBenchmark.Plan plan = PipelineBenchmark.plan("rate-test", 200);

        assertThat(plan.records()).hasSize(240);
        assertThat(plan.recordsPerSecond(100)).isEqualTo(120.0);
        assertThat(plan.recordsPerSecond(0)).isZero();
    }
}
