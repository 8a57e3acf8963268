package io.newsflow.gateway.query;

import java.util.List;
import java.util.Locale;

/** A parsed search query: terms and phrases, possibly on one field, combined with AND, OR and NOT. */
public sealed interface QueryNode {

    /** Where a term is looked for. */
    enum Field {
        /** Title, body and entity names, in every language. */
        ANY,
        TITLE,
        BODY,
        SOURCE,
        LANG,
        ENTITY;

        /** The prefix users type ({@code title:}), or null for {@link #ANY}. */
        public String prefix() {
            return this == ANY ? null : name().toLowerCase(Locale.ROOT);
        }

        static Field ofPrefix(String prefix) {
            for (Field f : values()) {
                if (f != ANY && f.prefix().equals(prefix.toLowerCase(Locale.ROOT))) {
                    return f;
                }
            }
            return null;
        }
    }

    /** A word or a quoted phrase; {@code position} is 1-based in the query text. */
    record Term(Field field, String text, boolean phrase, int position) implements QueryNode {
    }

    record And(List<QueryNode> clauses) implements QueryNode {
        public And {
            clauses = List.copyOf(clauses);
        }
    }

    record Or(List<QueryNode> clauses) implements QueryNode {
        public Or {
            clauses = List.copyOf(clauses);
        }
    }

    record Not(QueryNode clause) implements QueryNode {
    }
}
