package io.newsflow.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    private static final String PAGE = """
            # TYPE newsflow_items_total counter
            newsflow_items_total{outcome="received",stage="extract"} 12650.0 # {span_id="db4a5e14450baf1e",trace_id="520c983f3d37f814902f3373960aecd7"} 1.0 1795972115.586
            newsflow_items_total{outcome="published",stage="extract"} 12640.0 # {span_id="52704097a937b47c",trace_id="b45fe35a4bfffa7384e61fbb72f1c143"} 1.0 1795972115.473
            newsflow_items_total{outcome="published",stage="extract",instance="b"} 10.0
            newsflow_items_total_created{outcome="published",stage="extract"} 1.7959E9
            """;

    @Test
    void sumsTheValuesOfTheMatchingSamplesNotTheirExemplars() {
        assertThat(ServiceMetrics.sum(PAGE, "newsflow_items_total", "stage=\"extract\"", "outcome=\"published\"")).isEqualTo(12650.0);
    }

    @Test
    void noMatchingSampleIsZero() {
        assertThat(ServiceMetrics.sum(PAGE, "newsflow_items_total", "stage=\"index\"")).isZero();
    }
}
