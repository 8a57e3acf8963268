package io.newsflow.gateway.service;

import co.elastic.clients.elasticsearch._types.FieldValue;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.gateway.rest.InvalidParameterException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The opaque cursor of deep pagination: the point-in-time id, the sort values of the last hit (search_after) and a
 * fingerprint of the query, so that a cursor replayed with other filters is refused instead of mixing result sets.
 * It carries no secret: a caller who forges one only pages through a query of their own.
 */
public final class CursorCodec {

    /** A decoded cursor. */
    public record Cursor(String pitId, List<FieldValue> searchAfter, String fingerprint) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_CHARS = 4_096;

    private CursorCodec() {
    }

    public static String encode(String pitId, List<FieldValue> sortValues, String fingerprint) {
        List<Object> values = new ArrayList<>();
        for (FieldValue v : sortValues) {
            values.add(v._get());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("p", pitId);
        body.put("a", values);
        body.put("f", fingerprint);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("a cursor always serialises", e);
        }
    }

    public static Cursor decode(String token) {
        if (token.length() > MAX_CHARS) {
            throw invalid();
        }
        try {
            Map<String, Object> body = JSON.readValue(Base64.getUrlDecoder().decode(token.getBytes(StandardCharsets.US_ASCII)),
                    new TypeReference<Map<String, Object>>() { });
            if (body == null) {
                // The JSON literal null reads as no map at all.
                throw invalid();
            }
            Object pit = body.get("p");
            Object after = body.get("a");
            Object fingerprint = body.get("f");
            if (!(pit instanceof String p) || !(after instanceof List<?> list) || !(fingerprint instanceof String f) || list.size() > 5) {
                throw invalid();
            }
            List<FieldValue> values = new ArrayList<>();
            for (Object o : list) {
                values.add(fieldValue(o));
            }
            return new Cursor(p, values, f);
        } catch (IOException | IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static FieldValue fieldValue(Object o) {
        if (o == null) {
            return FieldValue.NULL;
        }
        if (o instanceof Integer i) {
            return FieldValue.of(i.longValue());
        }
        if (o instanceof Long l) {
            return FieldValue.of(l.longValue());
        }
        if (o instanceof Double d) {
            return FieldValue.of(d.doubleValue());
        }
        if (o instanceof String s) {
            return FieldValue.of(s);
        }
        if (o instanceof Boolean b) {
            return FieldValue.of(b.booleanValue());
        }
        throw invalid();
    }

    private static InvalidParameterException invalid() {
        return new InvalidParameterException("cursor", "cursor is not one this API gave out; start again with cursor=start");
    }
}
