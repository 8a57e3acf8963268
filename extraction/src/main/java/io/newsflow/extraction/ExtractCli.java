package io.newsflow.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EventCodec;
import io.newsflow.contracts.Mention;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code newsflow extract}: reads JSON Lines {@code {id, title, body, published, language?}} on standard input and
 * writes one line per document in the system output format of the evaluation guidelines. A bad line gets a message
 * on standard error and the run goes on.
 */
public final class ExtractCli {

    private ExtractCli() {
    }

    public static void main(String[] args) throws IOException {
        Extractor extractor = Extractor.withBundledKnowledge();
        ObjectMapper mapper = EventCodec.mapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        PrintStream err = System.err;
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode doc = mapper.readTree(line);
                if (doc == null || !doc.isObject() || !doc.hasNonNull("id")) {
                    err.println("line " + lineNo + ": not a JSON object with an id; skipped");
                    continue;
                }
                Extraction x = extractor.extract(text(doc, "title"), text(doc, "body"),
                        published(doc.path("published").asText(null)), text(doc, "language"));
                out.write(mapper.writeValueAsString(toOutput(mapper, doc.get("id").asText(), x)));
                out.newLine();
            } catch (IOException | RuntimeException e) {
                String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                err.println("line " + lineNo + ": " + e.getClass().getSimpleName() + ": " + message);
            }
        }
        out.flush();
    }

    /** The guidelines' system output: entities with their distinct mentions, events with place names and dates. */
    public static ObjectNode toOutput(ObjectMapper mapper, String id, Extraction x) {
        ObjectNode root = mapper.createObjectNode();
        root.put("id", id);
        root.put("language", x.language());
        ArrayNode entities = root.putArray("entities");
        Map<String, String> names = new HashMap<>();
        for (ArticleEntity e : x.entities()) {
            names.put(e.id(), e.name());
            ObjectNode node = entities.addObject();
            node.put("type", e.type().name());
            node.put("name", e.name());
            node.put("id", e.id());
            node.put("linked", e.linked());
            ArrayNode mentions = node.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mention = mentions.addObject();
                mention.put("text", m.text());
                mention.put("start", m.start());
                mention.put("end", m.end());
            }
        }
        ArrayNode events = root.putArray("events");
        for (ArticleEvent ev : x.events()) {
            ObjectNode node = events.addObject();
            node.put("type", ev.type());
            node.put("trigger", ev.trigger());
            node.put("place", ev.place());
            node.put("date", ev.date() == null ? null : ev.date().toString());
            ArrayNode actors = node.putArray("actors");
            ev.actors().forEach(a -> actors.add(names.getOrDefault(a, a)));
        }
        return root;
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Instant published(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
