package io.newsflow.it.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A stand-in for an OpenTelemetry collector, in the test's JVM: takes what the services' exporters send to
 * {@code /v1/traces} (OTLP over HTTP, protobuf: Quarkus' HTTP exporter sends nothing else) and keeps the spans. The
 * few fields a test reads are decoded from the protobuf wire format by hand, so that the tests need neither
 * protobuf nor the OTLP classes. The test stack's services export here (see this module's pom).
 */
final class OtlpReceiver implements AutoCloseable {

    /** A span as exported, with the {@code service.name} of the service that recorded it. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
                        Map<String, String> attributes) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    private OtlpReceiver(HttpServer server) {
        this.server = server;
    }

    /** Listens where the test stack's services export ({@code newsflow.otlp}, set by this module's pom). */
    static OtlpReceiver start() throws IOException {
        URI endpoint = URI.create(System.getProperty("newsflow.otlp", "http://127.0.0.1:19318"));
        HttpServer server = HttpServer.create(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 0);
        OtlpReceiver receiver = new OtlpReceiver(server);
        server.createContext("/v1/traces", receiver::export);
        server.start();
        return receiver;
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void export(HttpExchange exchange) throws IOException {
        try (exchange) {
            InputStream body = exchange.getRequestBody();
            if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
                body = new GZIPInputStream(body);
            }
            readRequest(ByteBuffer.wrap(body.readAllBytes()));
            // An empty ExportTraceServiceResponse: everything was taken.
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** ExportTraceServiceRequest: resource_spans = 1. */
    private void readRequest(ByteBuffer request) {
        forEachField(request, (field, value) -> {
            if (field == 1) {
                readResourceSpans(value);
            }
        });
    }

    /** ResourceSpans: resource = 1 (its attributes = 1), scope_spans = 2 (their spans = 2). */
    private void readResourceSpans(ByteBuffer resourceSpans) {
        Map<String, String> resource = new HashMap<>();
        List<ByteBuffer> scopeSpans = new ArrayList<>();
        forEachField(resourceSpans, (field, value) -> {
            if (field == 1) {
                forEachField(value, (f, attribute) -> {
                    if (f == 1) {
                        readAttribute(attribute, resource);
                    }
                });
            } else if (field == 2) {
                scopeSpans.add(value);
            }
        });
        String service = resource.getOrDefault("service.name", "(unknown)");
        for (ByteBuffer scope : scopeSpans) {
            forEachField(scope, (field, span) -> {
                if (field == 2) {
                    spans.add(readSpan(service, span));
                }
            });
        }
    }

    /** Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, attributes = 9. */
    private static ReceivedSpan readSpan(String service, ByteBuffer span) {
        String[] ids = new String[3];
        String[] name = new String[1];
        Map<String, String> attributes = new HashMap<>();
        forEachField(span, (field, value) -> {
            switch (field) {
                case 1 -> ids[0] = hex(value);
                case 2 -> ids[1] = hex(value);
                case 4 -> ids[2] = hex(value);
                case 5 -> name[0] = text(value);
                case 9 -> readAttribute(value, attributes);
                default -> { }
            }
        });
        return new ReceivedSpan(service, ids[0], ids[1], ids[2] == null ? "" : ids[2], name[0], attributes);
    }

    /** KeyValue: key = 1, value = 2. */
    private static void readAttribute(ByteBuffer keyValue, Map<String, String> into) {
        String[] key = new String[1];
        String[] shown = new String[1];
        forEachField(keyValue, (field, value) -> {
            if (field == 1) {
                key[0] = text(value);
            } else if (field == 2) {
                shown[0] = anyValue(value);
            }
        });
        if (key[0] != null) {
            into.put(key[0], shown[0]);
        }
    }

    /** AnyValue as text: string_value = 1, bool_value = 2, int_value = 3 (others: null). */
    private static String anyValue(ByteBuffer value) {
        String[] shown = new String[1];
        walk(value, (field, text) -> {
            if (field == 1) {
                shown[0] = text(text);
            }
        }, (field, number) -> {
            if (field == 2) {
                shown[0] = Boolean.toString(number != 0);
            } else if (field == 3) {
                shown[0] = Long.toString(number);
            }
        });
        return shown[0];
    }

    private interface FieldVisitor {
        void field(int number, ByteBuffer value);
    }

    private interface VarintVisitor {
        void field(int number, long value);
    }

    /** Calls the visitor with each length-delimited field of the message; skips the others. */
    private static void forEachField(ByteBuffer message, FieldVisitor visitor) {
        walk(message, visitor, (number, value) -> { });
    }

    private static void walk(ByteBuffer message, FieldVisitor lengths, VarintVisitor varints) {
        ByteBuffer in = message.duplicate();
        while (in.hasRemaining()) {
            long tag = varint(in);
            int number = (int) (tag >>> 3);
            switch ((int) (tag & 7)) {
                case 0 -> {
                    varints.field(number, varint(in));
                }
                case 1 -> in.position(in.position() + 8);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer value = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    lengths.field(number, value);
                }
                case 5 -> in.position(in.position() + 4);
                default -> throw new IllegalArgumentException("unknown protobuf wire type in tag " + tag);
            }
        }
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static String hex(ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.duplicate().get(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String text(ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.duplicate().get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
