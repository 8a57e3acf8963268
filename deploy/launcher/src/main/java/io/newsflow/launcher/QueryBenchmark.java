package io.newsflow.launcher;

import java.util.List;

/** {@code ./newsflow bench query}: placeholder while the benchmark is written. */
final class QueryBenchmark {

    private QueryBenchmark() {
    }

    static int run(List<String> options, StackSettings settings) {
        throw new LaunchException("bench query is not written yet");
    }
}
