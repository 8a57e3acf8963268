package io.newsflow.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names and versioned mapping of the articles index, shared by index-service (writes) and the gateway (reads).
 *
 * <p>Articles live in one index per month of their first creation, {@code newsflow-articles-v<N>-<yyyy.MM>}
 * (a reindexed month gets a {@code -<yyyyMMddHHmmss>} suffix). Every month index is behind the read alias
 * {@link #ALIAS}; each also has its own write alias {@code newsflow-articles-<yyyy.MM>}, through which index-service
 * writes, so a reindex can swap a month's index under the writers. An article's month never changes across its
 * versions (the first creation of an article is fixed), so every version of an article meets the older ones in the
 * same index, where external versioning orders them; and a month can be dropped whole when it is old enough.
 */
public final class ArticleIndex {

    /** The read alias: every month index is behind it. Readers use only this. */
    public static final String ALIAS = "newsflow-articles";
    /** Version of the mapping in {@code elasticsearch/articles-v<N>.json}; a new mapping is a new version. */
    public static final int MAPPING_VERSION = 2;

    public static final String ID = "id";
    public static final String VERSION = "version";
    public static final String HEADLINE = "headline";
    public static final String BODY = "body";
    public static final String LANGUAGE = "language";
    public static final String SOURCE = "source";
    public static final String PUBLISHED = "published";
    public static final String KILLED = "killed";
    public static final String CLUSTER_ID = "cluster_id";
    public static final String FIRST_CREATED = "first_created";
    public static final String PUB_STATUS = "pub_status";
    public static final String CORRECTION = "correction";
    public static final String BYLINE = "byline";
    public static final String URGENCY = "urgency";
    public static final String SUBJECTS = "subjects";
    /** The places and people the provider declared (not those extraction found). */
    public static final String DECLARED_PLACES = "declared_places";
    public static final String DECLARED_PEOPLE = "declared_people";
    public static final String LINKS = "links";
    public static final String ENTITY_IDS = "entity_ids";
    public static final String ENTITY_NAMES = "entity_names";
    /** The types of the entities named, e.g. {@code PERSON}. */
    public static final String ENTITY_TYPES = "entity_types";
    /** One {@link io.newsflow.search.mapping.EntityKey} per entity named: facets, trends and co-mentions count these. */
    public static final String ENTITY_KEYS = "entity_keys";
    public static final String EVENT_TYPES = "event_types";
    /** The places of the events, by entity id and by name. */
    public static final String EVENT_PLACES = "event_places";
    /** Prefix of the per-language analysed text fields: {@code text_ar}, {@code text_en}, {@code text_fr}. */
    public static final String TEXT_PREFIX = "text_";

    private ArticleIndex() {
    }

    private static final Pattern MONTH_INDEX = Pattern.compile(Pattern.quote(ALIAS) + "-v(\\d+)-(\\d{4})\\.(\\d{2})(?:-\\d{14})?");

    /** The month an article is filed under: of its first creation, else of this version, else of its receipt. */
    public static YearMonth month(Instant firstCreated, Instant versionCreated, Instant receivedAt) {
        Instant at = firstCreated != null ? firstCreated : versionCreated != null ? versionCreated : receivedAt;
        return YearMonth.from((at == null ? Instant.now() : at).atZone(ZoneOffset.UTC));
    }

    /** The write alias of a month, e.g. {@code newsflow-articles-2026.11}. */
    public static String monthAlias(YearMonth month) {
        return ALIAS + "-" + monthSuffix(month);
    }

    /** The first concrete index of a month for a mapping version, e.g. {@code newsflow-articles-v1-2026.11}. */
    public static String monthIndex(int version, YearMonth month) {
        return ALIAS + "-v" + version + "-" + monthSuffix(month);
    }

    /** The month of a concrete month index (reindexed or not); empty for any other name. */
    public static Optional<YearMonth> monthOfIndex(String index) {
        Matcher m = MONTH_INDEX.matcher(index);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** The months whose indices are dropped under a retention of {@code months}: those before this cutoff. */
    public static YearMonth retentionCutoff(YearMonth now, int months) {
        return now.minusMonths(months - 1L);
    }

    private static String monthSuffix(YearMonth month) {
        return String.format(java.util.Locale.ROOT, "%04d.%02d", month.getYear(), month.getMonthValue());
    }

    /** Settings and mappings of the current version, as the JSON resource holds them. */
    public static String mappingJson() {
        return resource("elasticsearch/articles-v" + MAPPING_VERSION + ".json");
    }

    /**
     * The put-mapping body that adds to an index the fields of the current mapping it lacks (an index made under an
     * older version), or empty when it lacks none.
     */
    public static Optional<String> missingFields(Set<String> present) {
        try {
            ObjectMapper json = new ObjectMapper();
            JsonNode properties = json.readTree(mappingJson()).path("mappings").path("properties");
            ObjectNode missing = json.createObjectNode();
            properties.fields().forEachRemaining(field -> {
                if (!present.contains(field.getKey())) {
                    missing.set(field.getKey(), field.getValue());
                }
            });
            if (missing.isEmpty()) {
                return Optional.empty();
            }
            ObjectNode body = json.createObjectNode();
            body.set("properties", missing);
            return Optional.of(json.writeValueAsString(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a JSON resource of this module, e.g. a mapping. */
    public static String resource(String path) {
        try (InputStream in = ArticleIndex.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
