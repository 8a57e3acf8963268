package io.newsflow.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysCommandTest {

    private static final StackSettings SETTINGS = StackSettings.fromEnvironment(Map.of(), 1);

    private static List<String> args(String... a) {
        return new ArrayList<>(List.of(a));
    }

    @Test
    void keysAreHashedAsTheGatewayHashesThem() {
        // The gateway's KeyHashing stores hex SHA-256 of the key string; the same known answer on both sides.
        assertThat(KeysCommand.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void usageErrorsAreCaughtBeforeTheDatabase() {
        assertThatThrownBy(() -> KeysCommand.run(args(), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> KeysCommand.run(args("create"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class).hasMessageContaining("--role");
        assertThatThrownBy(() -> KeysCommand.run(args("create", "--role", "emperor"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> KeysCommand.run(args("create", "--role", "reader", "--rate", "0"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> KeysCommand.run(args("revoke"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> KeysCommand.run(args("rotate"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
    }

    @Test
    void benchmarkPercentilesAreNearestRank() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
        }
        assertThat(QueryBenchmark.percentile(values, 50)).isEqualTo(50.0);
        assertThat(QueryBenchmark.percentile(values, 99)).isEqualTo(99.0);
        assertThat(QueryBenchmark.percentile(values, 100)).isEqualTo(100.0);
        assertThat(QueryBenchmark.percentile(List.of(), 50)).isZero();
    }

    @Test
    void benchmarkRefusesAnAbsurdRate() {
        assertThatThrownBy(() -> QueryBenchmark.run(args("query", "--rate", "0"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
        assertThatThrownBy(() -> QueryBenchmark.run(args("--seconds", "x"), SETTINGS)).isInstanceOf(Newsflow.UsageException.class);
    }
}
