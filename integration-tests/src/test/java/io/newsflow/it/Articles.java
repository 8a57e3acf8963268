package io.newsflow.it;

import static io.restassured.RestAssured.given;

import io.newsflow.it.gateway.GatewayKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A batch of simple-JSON articles under one fresh source name, and what the gateway shows of them. */
public final class Articles {

    private final String source = "it-" + UUID.randomUUID();
    private final List<String> ids = new ArrayList<>();

    /**
     * Builds {@code count} distinct English articles; {@link #raw()} gives their raw records. Each text names the
     * batch, since ingest-service rightly treats the same text under another id as a duplicate.
     */
    public static Articles of(int count) {
        Articles articles = new Articles();
        for (int i = 0; i < count; i++) {
            articles.ids.add(articles.source + "-" + i);
        }
        return articles;
    }

    public String source() {
        return source;
    }

    public List<String> ids() {
        return ids;
    }

    public byte[][] raw() {
        byte[][] raw = new byte[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            raw[i] = ("{\"id\": \"" + ids.get(i) + "\", \"version\": 1, \"title\": \"Port workers meet mayor, round " + i + "\", "
                    + "\"body\": \"Port workers met the mayor of Valletta on Monday to discuss pay, round " + i + " of talks (" + source + ").\", "
                    + "\"published\": \"2025-06-02T09:00:00Z\", \"language\": \"en\", \"source\": \"" + source + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return raw;
    }

    /** The ids the gateway finds under this batch's source, each as often as it appears. */
    public List<String> searchable() {
        Map<String, Object> page = given().baseUri(TestStack.GATEWAY)
                .header(GatewayKeys.HEADER, GatewayKeys.readerKey())
                .queryParam("source", source)
                .queryParam("limit", 100)
                .when().get("/v1/articles")
                .then().statusCode(200)
                .extract().jsonPath().getMap("");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items.stream().map(item -> (String) item.get("id")).toList();
    }

    /** True when every article is searchable exactly once. */
    public boolean allSearchableOnce() {
        List<String> found = searchable();
        Set<String> distinct = new HashSet<>(found);
        return found.size() == ids.size() && distinct.equals(new HashSet<>(ids));
    }
}
