package io.newsflow.extraction;

import io.newsflow.contracts.ArticleEntity;
import io.newsflow.contracts.ArticleEvent;
import io.newsflow.contracts.EntityType;
import io.newsflow.contracts.Mention;
import java.time.Instant;
import java.util.List;

/**
 * One bundled extractor for all tests (building it takes a few seconds), and what the tests of name and event
 * classes read from it: a body without title, published at {@link #PUBLISHED}.
 */
final class SharedExtractor {

    static final Extractor INSTANCE = Extractor.withBundledKnowledge();
    static final Instant PUBLISHED = Instant.parse("2025-06-10T08:00:00Z");

    private SharedExtractor() {
    }

    /** The entities of one type found in {@code body}. */
    static List<ArticleEntity> ofType(String body, String language, EntityType type) {
        return INSTANCE.extract("", body, PUBLISHED, language).entities().stream()
                .filter(e -> e.type() == type).toList();
    }

    /** The names the entities of one type are linked to (or their text when unlinked). */
    static List<String> names(String body, String language, EntityType type) {
        return ofType(body, language, type).stream().map(ArticleEntity::name).toList();
    }

    /** Every mention of the entities of one type, as written. */
    static List<String> mentions(String body, String language, EntityType type) {
        return ofType(body, language, type).stream().flatMap(e -> e.mentions().stream()).map(Mention::text).toList();
    }

    /** The CAMEO codes of the events found in {@code body}. */
    static List<String> codes(String body, String language) {
        return INSTANCE.extract("", body, PUBLISHED, language).events().stream().map(ArticleEvent::type).toList();
    }
}
