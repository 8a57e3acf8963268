package io.newsflow.gateway.query;

import io.newsflow.gateway.query.QueryNode.And;
import io.newsflow.gateway.query.QueryNode.Field;
import io.newsflow.gateway.query.QueryNode.Not;
import io.newsflow.gateway.query.QueryNode.Or;
import io.newsflow.gateway.query.QueryNode.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the search syntax of {@code q}:
 * <pre>
 *   query   := or
 *   or      := and ( "OR" and )*
 *   and     := unary ( ["AND"] unary )*          adjacent clauses are ANDed
 *   unary   := ("NOT" | "-") unary | primary
 *   primary := "(" or ")" | [field ":"] ( word | '"' phrase '"' )
 *   field   := title | body | source | lang | entity
 * </pre>
 * Operators are upper case (lower-case "and" is a word). Errors carry the 1-based position of the offending
 * character. Size is bounded so that one request cannot build an unbounded Elasticsearch query.
 */
public final class QueryParser {

    public static final int MAX_TERMS = 50;
    public static final int MAX_DEPTH = 10;

    private enum Kind { LPAREN, RPAREN, AND, OR, NOT, TERM }

    private record Token(Kind kind, int position, Term term) {
    }

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private int next;
    private int terms;

    private QueryParser(String text) {
        this.text = text;
    }

    /** The parsed query, or null when {@code text} is blank. */
    public static QueryNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        QueryParser parser = new QueryParser(text);
        parser.lex();
        if (parser.tokens.isEmpty()) {
            return null;
        }
        QueryNode node = parser.or(0);
        if (parser.next < parser.tokens.size()) {
            Token stray = parser.tokens.get(parser.next);
            throw new QuerySyntaxException(stray.kind() == Kind.RPAREN ? "unexpected ')' without a matching '('" : "unexpected " + describe(stray), stray.position());
        }
        return node;
    }

    // ---- lexer

    private void lex() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                tokens.add(new Token(Kind.LPAREN, i + 1, null));
                i++;
            } else if (c == ')') {
                tokens.add(new Token(Kind.RPAREN, i + 1, null));
                i++;
            } else if (c == '"') {
                i = phrase(Field.ANY, i, i);
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(text.charAt(i + 1)) && text.charAt(i + 1) != ')') {
                tokens.add(new Token(Kind.NOT, i + 1, null));
                i++;
            } else {
                i = word(i);
            }
        }
    }

    private int word(int start) {
        int i = start;
        while (i < text.length() && !isBoundary(text.charAt(i))) {
            i++;
        }
        String word = text.substring(start, i);
        switch (word) {
            case "AND" -> {
                tokens.add(new Token(Kind.AND, start + 1, null));
                return i;
            }
            case "OR" -> {
                tokens.add(new Token(Kind.OR, start + 1, null));
                return i;
            }
            case "NOT" -> {
                tokens.add(new Token(Kind.NOT, start + 1, null));
                return i;
            }
            default -> {
            }
        }
        int colon = word.indexOf(':');
        if (colon > 0 && word.substring(0, colon).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
            String prefix = word.substring(0, colon);
            Field field = Field.ofPrefix(prefix);
            if (field == null) {
                throw new QuerySyntaxException("unknown field '" + prefix + ":'; fields are title:, body:, source:, lang:, entity:", start + 1);
            }
            int valueStart = start + colon + 1;
            if (valueStart < text.length() && text.charAt(valueStart) == '"' && valueStart == i) {
                return phrase(field, valueStart, start);
            }
            String value = text.substring(valueStart, i);
            if (value.isEmpty()) {
                throw new QuerySyntaxException("'" + prefix + ":' needs a word or a \"phrase\" right after the colon", start + 1);
            }
            addTerm(new Term(field, value, false, start + 1));
            return i;
        }
        addTerm(new Term(Field.ANY, word, false, start + 1));
        return i;
    }

    private int phrase(Field field, int quote, int tokenStart) {
        int close = text.indexOf('"', quote + 1);
        if (close < 0) {
            throw new QuerySyntaxException("phrase not closed: add a '\"'", quote + 1);
        }
        String phrase = text.substring(quote + 1, close).strip();
        if (phrase.isEmpty()) {
            throw new QuerySyntaxException("empty phrase", quote + 1);
        }
        addTerm(new Term(field, phrase.replaceAll("\\s+", " "), true, tokenStart + 1));
        return close + 1;
    }

    private void addTerm(Term term) {
        if (++terms > MAX_TERMS) {
            throw new QuerySyntaxException("too many terms: at most " + MAX_TERMS, term.position());
        }
        tokens.add(new Token(Kind.TERM, term.position(), term));
    }

    private static boolean isBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '"';
    }

    // ---- parser

    private QueryNode or(int depth) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(and(depth));
        while (peek(Kind.OR)) {
            Token or = tokens.get(next++);
            requireOperand(or);
            clauses.add(and(depth));
        }
        return clauses.size() == 1 ? clauses.get(0) : new Or(clauses);
    }

    private QueryNode and(int depth) {
        List<QueryNode> clauses = new ArrayList<>();
        clauses.add(unary(depth));
        while (next < tokens.size()) {
            Token t = tokens.get(next);
            if (t.kind() == Kind.AND) {
                next++;
                requireOperand(t);
                clauses.add(unary(depth));
            } else if (t.kind() == Kind.TERM || t.kind() == Kind.LPAREN || t.kind() == Kind.NOT) {
                clauses.add(unary(depth));
            } else {
                break;
            }
        }
        return clauses.size() == 1 ? clauses.get(0) : new And(clauses);
    }

    private QueryNode unary(int depth) {
        Token t = current();
        if (t.kind() == Kind.NOT) {
            next++;
            requireOperand(t);
            if (depth + 1 > MAX_DEPTH) {
                throw new QuerySyntaxException("query nested too deeply: at most " + MAX_DEPTH + " levels", t.position());
            }
            return new Not(unary(depth + 1));
        }
        return primary(depth);
    }

    private QueryNode primary(int depth) {
        Token t = current();
        switch (t.kind()) {
            case TERM -> {
                next++;
                return t.term();
            }
            case LPAREN -> {
                if (depth + 1 > MAX_DEPTH) {
                    throw new QuerySyntaxException("query nested too deeply: at most " + MAX_DEPTH + " levels", t.position());
                }
                next++;
                if (peek(Kind.RPAREN)) {
                    throw new QuerySyntaxException("empty parentheses", t.position());
                }
                requireOperand(t);
                QueryNode inner = or(depth + 1);
                if (!peek(Kind.RPAREN)) {
                    throw new QuerySyntaxException("'(' is not closed: add a ')'", t.position());
                }
                next++;
                return inner;
            }
            case RPAREN -> throw new QuerySyntaxException("unexpected ')' without a matching '('", t.position());
            default -> throw new QuerySyntaxException(describe(t) + " needs a term before it", t.position());
        }
    }

    private void requireOperand(Token operator) {
        if (next >= tokens.size()) {
            throw new QuerySyntaxException(describe(operator) + " needs a term after it", operator.position());
        }
        Kind k = tokens.get(next).kind();
        if (k == Kind.AND || k == Kind.OR || k == Kind.RPAREN) {
            throw new QuerySyntaxException(describe(operator) + " needs a term after it", operator.position());
        }
    }

    private Token current() {
        if (next >= tokens.size()) {
            throw new QuerySyntaxException("query ends too early", text.length());
        }
        return tokens.get(next);
    }

    private boolean peek(Kind kind) {
        return next < tokens.size() && tokens.get(next).kind() == kind;
    }

    private static String describe(Token t) {
        return switch (t.kind()) {
            case AND -> "'AND'";
            case OR -> "'OR'";
            case NOT -> "'NOT'";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case TERM -> "'" + t.term().text() + "'";
        };
    }

    /** The positive free-text and entity terms of a query (not under NOT): what entity names are looked up for. */
    public static List<Term> positiveNameTerms(QueryNode node) {
        List<Term> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(QueryNode node, List<Term> out) {
        if (node instanceof Term t && (t.field() == Field.ANY || t.field() == Field.ENTITY)) {
            out.add(t);
        } else if (node instanceof And a) {
            a.clauses().forEach(c -> collect(c, out));
        } else if (node instanceof Or o) {
            o.clauses().forEach(c -> collect(c, out));
        }
    }
}
