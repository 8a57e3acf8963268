package io.newsflow.ingest.messaging;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace kept as text while an item waits (an embargoed item's row), in the W3C {@code traceparent} form the Kafka
 * records carry, so that what is sent later continues the trace of what delivered it.
 */
public final class TraceParent {

    private static final String HEADER = "traceparent";
    private static final TextMapGetter<String> ONLY = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(HEADER);
        }

        @Override
        public String get(String carrier, String key) {
            return HEADER.equals(key) ? carrier : null;
        }
    };

    private TraceParent() {
    }

    /** The {@code traceparent} of the context's span; null without one (tracing off, or no trace). */
    public static String of(Context context) {
        if (context == null || !Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** The context whose (remote) span is this {@code traceparent}; null when there is none or it is not valid. */
    public static Context context(String traceparent) {
        if (traceparent == null) {
            return null;
        }
        Context context = W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent, ONLY);
        return Span.fromContext(context).getSpanContext().isValid() ? context : null;
    }
}
