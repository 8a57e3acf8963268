package io.newsflow.index.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConcurrentBulkTest {

    @Test
    void partsKeepEveryOperationOnceAndInOrder() {
        List<Integer> operations = IntStream.range(0, 147).boxed().toList();

        List<List<Integer>> parts = ConcurrentBulk.parts(operations, 2);

        assertThat(parts).hasSize(2);
        assertThat(parts.get(0)).hasSize(74);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(operations);
    }

    @Test
    void fewerOperationsThanRequestsGoOneEach() {
        assertThat(ConcurrentBulk.parts(List.of("a"), 2)).containsExactly(List.of("a"));
        assertThat(ConcurrentBulk.parts(List.of(), 2)).isEmpty();
    }
}
