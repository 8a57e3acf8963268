package io.newsflow.ingest.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.junit.jupiter.api.Test;

/** A held item's trace survives as text: the same trace, span and sampling decision come back. */
class TraceParentTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void aTraceComesBackAsTheSameRemoteParent() {
        for (TraceFlags flags : new TraceFlags[] {TraceFlags.getSampled(), TraceFlags.getDefault()}) {
            Context sent = Context.root().with(Span.wrap(SpanContext.create(TRACE_ID, SPAN_ID, flags, TraceState.getDefault())));

            String kept = TraceParent.of(sent);
            SpanContext back = Span.fromContext(TraceParent.context(kept)).getSpanContext();

            assertThat(kept).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-" + flags.asHex());
            assertThat(back.getTraceId()).isEqualTo(TRACE_ID);
            assertThat(back.getSpanId()).isEqualTo(SPAN_ID);
            assertThat(back.getTraceFlags()).isEqualTo(flags);
            assertThat(back.isRemote()).isTrue();
        }
    }

    @Test
    void noTraceIsKeptAsNullAndNothingUsableComesBackAsNull() {
        assertThat(TraceParent.of(null)).isNull();
        assertThat(TraceParent.of(Context.root())).as("tracing off: no span").isNull();
        assertThat(TraceParent.context(null)).isNull();
        assertThat(TraceParent.context("00-not-a-trace-01")).isNull();
        assertThat(TraceParent.context("00-00000000000000000000000000000000-" + SPAN_ID + "-01")).isNull();
    }
}
