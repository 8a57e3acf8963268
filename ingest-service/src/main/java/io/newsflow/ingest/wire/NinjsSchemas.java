package io.newsflow.ingest.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The released IPTC ninjs JSON schemas (1.1 to 1.6, 2.0 to 2.2, bundled under {@code wire/ninjs/}) and
 * the rule that picks the one a document is checked against:
 * <ol>
 * <li>the version the document declares ({@code standard} in 2.x, {@code $standard} in 1.3+: the schema
 * address, else the version number; 1.0 is checked with 1.1, an unknown minor with the newest of its
 * major);</li>
 * <li>otherwise the newest schema of the major version its properties show (2.x: {@code headlines},
 * {@code bodies}, {@code by}, plural lists, arrays of renditions or associations; 1.x: {@code headline},
 * {@code byline}, {@code body_*}, singular lists);</li>
 * <li>a document whose properties belong to both (only {@code uri}, {@code type}, dates...) is valid if
 * either 2.2 or 1.6 accepts it.</li>
 * </ol>
 * Schemas load from the class path only: every other address is refused, so validation never goes to
 * the network. Formats ("date-time", "uri") are not asserted, as in IPTC's own test runner; dates are
 * read by {@link LenientDates} afterwards.
 */
final class NinjsSchemas {

    static final String NEWEST_1X = "1.6";
    static final String NEWEST_2X = "2.2";
    private static final Set<String> KNOWN = Set.of("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "2.0", "2.1", "2.2");
    private static final Pattern SCHEMA_ADDRESS = Pattern.compile("ninjs-schema_(\\d+\\.\\d+)\\.json");
    private static final Pattern VERSION = Pattern.compile("^\\s*(\\d+)\\.(\\d+)");
    private static final String RESOURCE_DIR = "wire/ninjs/";
    private static final String GEOJSON = "https://geojson.org/schema/GeoJSON.json";

    private static final Set<String> TWO_X_ONLY = Set.of("headlines", "bodies", "descriptions", "by", "subjects",
            "people", "places", "organisations", "events", "objects", "genres", "infosources", "trustindicators",
            "standard");
    private static final Set<String> ONE_X_ONLY = Set.of("headline", "byline", "subject", "person", "place",
            "organisation", "event", "object", "genre", "infosource", "trustindicator", "$standard");

    private final ObjectMapper mapper = new ObjectMapper();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** The problems the schema finds in the document (empty when valid), with the version it was checked against. */
    Verdict validate(JsonNode document) {
        String declared = declaredVersion(document);
        if (declared != null) {
            return check(document, declared);
        }
        int major = majorByProperties(document);
        if (major == 2) {
            return check(document, NEWEST_2X);
        }
        if (major == 1) {
            return check(document, NEWEST_1X);
        }
        Verdict two = check(document, NEWEST_2X);
        if (two.valid()) {
            return two;
        }
        Verdict one = check(document, NEWEST_1X);
        return one.valid() ? one : two;
    }

    /** The major version of ninjs this document declares or shows; 0 when it shows none. */
    static int major(JsonNode document) {
        String declared = declaredVersion(document);
        if (declared != null) {
            return declared.startsWith("1.") ? 1 : 2;
        }
        return majorByProperties(document);
    }

    /** The known schema version the document names, null when it names none; throws for ninjs 3.x. */
    static String declaredVersion(JsonNode document) {
        JsonNode standard = document.has("standard") ? document.get("standard") : document.get("$standard");
        if (standard == null || standard.isNull()) {
            return null;
        }
        String address = standard.isTextual() ? standard.asText() : standard.path("schema").asText("");
        Matcher fromAddress = SCHEMA_ADDRESS.matcher(address);
        String version = fromAddress.find() ? fromAddress.group(1) : standard.path("version").asText("");
        Matcher v = VERSION.matcher(version);
        if (!v.find()) {
            return null;
        }
        String majorMinor = v.group(1) + "." + v.group(2);
        if (KNOWN.contains(majorMinor)) {
            return majorMinor;
        }
        return switch (v.group(1)) {
            case "1" -> majorMinor.equals("1.0") ? "1.1" : NEWEST_1X;
            case "2" -> NEWEST_2X;
            default -> throw new WireFormatException(WireFormatException.UNKNOWN_FORMAT, "The document declares ninjs "
                    + version + "; this service reads ninjs 1.x and 2.x.");
        };
    }

    private static int majorByProperties(JsonNode document) {
        boolean two = false;
        boolean one = false;
        for (Iterator<String> names = document.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (TWO_X_ONLY.contains(name)) {
                two = true;
            } else if (ONE_X_ONLY.contains(name) || name.startsWith("body_") || name.startsWith("description_")
                    || name.startsWith("headline_")) {
                one = true;
            }
        }
        for (String listOrMap : List.of("renditions", "associations", "altids")) {
            JsonNode node = document.get(listOrMap);
            if (node != null && node.isArray() && !node.isEmpty()) {
                two = true;
            } else if (node != null && node.isObject() && !node.isEmpty()) {
                one = true;
            }
        }
        if (two == one) {
            return 0;
        }
        return two ? 2 : 1;
    }

    private Verdict check(JsonNode document, String version) {
        JsonSchema schema = schemas.computeIfAbsent(version, this::load);
        Set<ValidationMessage> messages = schema.validate(document);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            problems.add(m.getMessage());
        }
        return new Verdict(version, problems);
    }

    private JsonSchema load(String version) {
        String resource = RESOURCE_DIR + "ninjs-schema_" + version + ".json";
        JsonNode schemaNode = readResource(resource);
        SpecVersion.VersionFlag dialect = dialect(schemaNode.path("$schema").asText(""));
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(dialect, builder -> builder
                .schemaLoaders(loaders -> loaders.values(list -> {
                    list.clear();
                    list.add(iri -> iri.toString().startsWith(GEOJSON) ? classpath(RESOURCE_DIR + "GeoJSON-schema.json")
                            : refuse(iri.toString()));
                })));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(false)
                .build();
        String id = schemaNode.has("$id") ? schemaNode.get("$id").asText() : schemaNode.path("id").asText();
        return factory.getSchema(SchemaLocation.of(id.isEmpty() ? "classpath:" + resource : id), schemaNode, config);
    }

    private static SpecVersion.VersionFlag dialect(String metaSchema) {
        if (metaSchema.contains("2020-12")) {
            return SpecVersion.VersionFlag.V202012;
        }
        if (metaSchema.contains("2019-09")) {
            return SpecVersion.VersionFlag.V201909;
        }
        if (metaSchema.contains("draft-07")) {
            return SpecVersion.VersionFlag.V7;
        }
        if (metaSchema.contains("draft-06")) {
            return SpecVersion.VersionFlag.V6;
        }
        return SpecVersion.VersionFlag.V4;
    }

    private static InputStreamSource classpath(String resource) {
        return () -> {
            InputStream in = NinjsSchemas.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return in;
        };
    }

    private static InputStreamSource refuse(String iri) {
        return () -> {
            throw new IOException("schema " + iri + " is not bundled; remote schemas are never fetched");
        };
    }

    private JsonNode readResource(String resource) {
        try (InputStream in = NinjsSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled schema " + resource);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled schema " + resource, e);
        }
    }

    /** The outcome of one validation. */
    record Verdict(String version, List<String> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }
}
