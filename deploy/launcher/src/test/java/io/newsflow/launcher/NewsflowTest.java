package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Options that are not numbers, or out of range, are usage errors (exit status 2) before anything starts. */
class NewsflowTest {

    @Test
    void aBadNumberIsAUsageError() {
        assertThat(Newsflow.run(new String[] {"up", "--replicas", "abc"})).isEqualTo(2);
        assertThat(Newsflow.run(new String[] {"up", "--replicas", "9"})).isEqualTo(2);
        assertThat(Newsflow.run(new String[] {"logs", "kafka", "--lines", "-3"})).isEqualTo(2);
        assertThat(Newsflow.run(new String[] {"bench", "pipeline", "--articles", "many"})).isEqualTo(2);
        assertThat(Newsflow.run(new String[] {"bench", "pipeline", "--rate", "fast"})).isEqualTo(2);
        assertThat(Newsflow.run(new String[] {"bench", "index", "--warmup", "1e3"})).isEqualTo(2);
    }
}
