package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import java.util.List;

/**
 * A stretch of tokens [start, end) recognised as naming an entity. {@code candidates} holds the knowledge-base
 * entities it may link to (best first, empty when provisional); {@code name} is the English name for provisional
 * entities and {@code groupKey} what provisional mentions of one entity share.
 */
final class Span {

    /** How the span was found; later stages may override earlier, weaker ones. */
    enum Source { KNOWLEDGE, PATTERN, CAPITALS, TITLE, COREFERENCE }

    final int start;
    final int end;
    final int startChar;
    final int endChar;
    final EntityType type;
    final Source source;
    List<CanonicalEntity> candidates;
    String name;
    String groupKey;
    /** Canonical ids for composed names (ministries, governments) that are not in the knowledge base. */
    String composedId;
    /** For ministries: the portfolio in English ("Foreign Affairs"). */
    String portfolio;
    /** For "شركة أرامكو": the token keys of the proper name after the head, which name the company alone later. */
    List<String> brand;

    Span(int start, int end, int startChar, int endChar, EntityType type, Source source,
            List<CanonicalEntity> candidates, String name) {
        this.start = start;
        this.end = end;
        this.startChar = startChar;
        this.endChar = endChar;
        this.type = type;
        this.source = source;
        this.candidates = candidates;
        this.name = name;
    }

    boolean linked() {
        return candidates != null && !candidates.isEmpty();
    }

    CanonicalEntity entity() {
        return linked() ? candidates.get(0) : null;
    }

    int length() {
        return end - start;
    }
}
