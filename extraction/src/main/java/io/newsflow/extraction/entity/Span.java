package io.newsflow.extraction.entity;

import io.newsflow.contracts.EntityType;
import io.newsflow.extraction.knowledge.CanonicalEntity;
import io.newsflow.extraction.knowledge.KnowledgeBase;
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

    /**
     * A town or city: a place whose first reading has coordinates, or, when that reading is no country, any later
     * reading ("Davis" is first the Antarctic station, a time-zone city without coordinates, then Davis, California;
     * "Monaco" is first the country and stays it).
     */
    boolean town(KnowledgeBase kb) {
        if (!linked() || type != EntityType.LOC) {
            return false;
        }
        if (entity().lat() == null && country(kb)) {
            return false;
        }
        for (CanonicalEntity c : candidates) {
            if (c.lat() != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the first reading is a country. */
    boolean country(KnowledgeBase kb) {
        CanonicalEntity first = entity();
        return first != null && first.country() != null
                && kb.country(first.country()).map(c -> c.id().equals(first.id())).orElse(false);
    }

    int length() {
        return end - start;
    }
}
