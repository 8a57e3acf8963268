package io.newsflow.extract.service;

import io.newsflow.contracts.IdLimits;
import jakarta.ws.rs.BadRequestException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What curation takes, checked before anything is written: texts that fit their varchar(255) columns, ids that
 * Elasticsearch takes with room for event ids, and names that are trimmed, not blank and listed once per language,
 * at most {@value #MAX_NAMES} to an entity, so that its entry stays far below the size of one Kafka record. Anything
 * else is a 400 naming the field (a database error would be a 500, and an entry too large to publish would be
 * retried for ever).
 */
final class CurationInput {

    static final int MAX_LENGTH = 255;
    static final int MAX_LANGUAGE_LENGTH = 16;
    /** The bundled data gives no entity more than a few dozen names; a curator's list of thousands is a mistake. */
    static final int MAX_NAMES = 500;

    private CurationInput() {
    }

    /** {@code value} trimmed; a 400 when it is missing, blank or longer than {@code maxLength} characters. */
    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field + " is missing or blank");
        }
        String trimmed = value.trim();
        if (trimmed.indexOf('\0') >= 0) {
            throw new BadRequestException(field + " holds a NUL character, which PostgreSQL does not store");
        }
        if (trimmed.length() > maxLength) {
            throw new BadRequestException(field + " is longer than " + maxLength + " characters: '" + shortened(trimmed) + "'");
        }
        return trimmed;
    }

    /** Like {@link #text}, but null stays null. */
    static String optionalText(String field, String value) {
        return value == null ? null : text(field, value, MAX_LENGTH);
    }

    static String id(String value) {
        String id = text("id", value, MAX_LENGTH);
        if (IdLimits.bytes(id) > IdLimits.MAX_BYTES) {
            throw new BadRequestException("id is longer than " + IdLimits.MAX_BYTES + " bytes in UTF-8: '" + shortened(id) + "'");
        }
        return id;
    }

    static String language(String value) {
        return text("language", value, MAX_LANGUAGE_LENGTH);
    }

    static String name(String value) {
        return text("name", value, MAX_LENGTH);
    }

    /** The names by language, trimmed; a 400 for a null list or name, a name listed twice, or too many names. */
    static Map<String, List<String>> names(Map<String, List<String>> byLanguage) {
        if (byLanguage == null) {
            return Map.of();
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (Map.Entry<String, List<String>> entry : byLanguage.entrySet()) {
            String language = language(entry.getKey());
            if (entry.getValue() == null) {
                throw new BadRequestException("names." + language + " must be a list of names, not null");
            }
            for (String listed : entry.getValue()) {
                String name = text("a name in names." + language, listed, MAX_LENGTH);
                if (!seen.add(language + "\n" + name)) {
                    throw new BadRequestException("names." + language + " lists '" + shortened(name) + "' twice");
                }
                names.computeIfAbsent(language, l -> new ArrayList<>()).add(name);
                count++;
            }
        }
        requireRoomFor(count);
        return names;
    }

    /** A 400 when an entity would have {@code names}, more than {@value #MAX_NAMES}. */
    static void requireRoomFor(long names) {
        if (names > MAX_NAMES) {
            throw new BadRequestException("an entity takes at most " + MAX_NAMES + " names; this one would have " + names);
        }
    }

    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= 40 ? text : text.substring(0, text.offsetByCodePoints(0, 40)) + "…";
    }
}
