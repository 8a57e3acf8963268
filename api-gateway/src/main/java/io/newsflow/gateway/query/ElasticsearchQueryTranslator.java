package io.newsflow.gateway.query;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.CombinedFieldsOperator;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.newsflow.gateway.query.QueryNode.And;
import io.newsflow.gateway.query.QueryNode.Field;
import io.newsflow.gateway.query.QueryNode.Not;
import io.newsflow.gateway.query.QueryNode.Or;
import io.newsflow.gateway.query.QueryNode.Term;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.analysis.TextAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a parsed query into the Elasticsearch client's typed queries on the articles index. Free text is analysed
 * in Java per language ({@link TextAnalysis}, as index-service did) and matched on {@code text_ar/en/fr}, on the
 * standard-analysed headline and body together, on entity names in every script, and on the ids of entities whose names it
 * matched in the entities index (cross-lingual search). User input only ever becomes values of builders.
 */
public final class ElasticsearchQueryTranslator {

    private static final float ENTITY_BOOST = 2.0f;

    private ElasticsearchQueryTranslator() {
    }

    /**
     * @param entityIds for each free-text or entity term, the ids of entities whose names it matched (may be empty)
     */
    public static Query toQuery(QueryNode node, Map<Term, List<String>> entityIds) {
        if (node instanceof Term t) {
            return term(t, entityIds.getOrDefault(t, List.of()));
        }
        if (node instanceof And and) {
            List<Query> must = new ArrayList<>();
            List<Query> mustNot = new ArrayList<>();
            for (QueryNode clause : and.clauses()) {
                if (clause instanceof Not not) {
                    mustNot.add(toQuery(not.clause(), entityIds));
                } else {
                    must.add(toQuery(clause, entityIds));
                }
            }
            if (must.isEmpty()) {
                must.add(Query.of(q -> q.matchAll(m -> m)));
            }
            return Query.of(q -> q.bool(b -> b.must(must).mustNot(mustNot)));
        }
        if (node instanceof Or or) {
            List<Query> should = or.clauses().stream().map(c -> toQuery(c, entityIds)).toList();
            return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
        }
        Not not = (Not) node;
        Query inner = toQuery(not.clause(), entityIds);
        return Query.of(q -> q.bool(b -> b.must(m -> m.matchAll(a -> a)).mustNot(inner)));
    }

    /** A query on the title and body fields for highlighting: the positive words and phrases of the query. */
    public static Query highlightQuery(QueryNode node) {
        List<Query> should = new ArrayList<>();
        highlightTerms(node, should);
        if (should.isEmpty()) {
            return null;
        }
        return Query.of(q -> q.bool(b -> b.should(should)));
    }

    private static void highlightTerms(QueryNode node, List<Query> out) {
        if (node instanceof Term t && (t.field() == Field.ANY || t.field() == Field.TITLE || t.field() == Field.BODY)) {
            if (t.field() != Field.BODY) {
                out.add(text(ArticleIndex.HEADLINE, t.text(), t.phrase()));
            }
            if (t.field() != Field.TITLE) {
                out.add(text(ArticleIndex.BODY, t.text(), t.phrase()));
            }
        } else if (node instanceof And a) {
            a.clauses().forEach(c -> highlightTerms(c, out));
        } else if (node instanceof Or o) {
            o.clauses().forEach(c -> highlightTerms(c, out));
        }
    }

    private static Query term(Term t, List<String> entityIds) {
        return switch (t.field()) {
            case ANY -> anyText(t, entityIds);
            case TITLE -> text(ArticleIndex.HEADLINE, t.text(), t.phrase());
            case BODY -> text(ArticleIndex.BODY, t.text(), t.phrase());
            case SOURCE -> Query.of(q -> q.term(x -> x.field(ArticleIndex.SOURCE).value(t.text())));
            case LANG -> Query.of(q -> q.term(x -> x.field(ArticleIndex.LANGUAGE).value(t.text().toLowerCase(Locale.ROOT))));
            case ENTITY -> entity(t, entityIds);
        };
    }

    private static Query anyText(Term t, List<String> entityIds) {
        List<Query> should = new ArrayList<>();
        for (String language : TextAnalysis.LANGUAGES) {
            String analysed = TextAnalysis.analyse(language, t.text());
            if (!analysed.isBlank()) {
                should.add(text(ArticleIndex.TEXT_PREFIX + language, analysed, t.phrase()));
            }
        }
        should.add(headlineOrBody(t));
        should.add(entityNames(t));
        if (!entityIds.isEmpty()) {
            should.add(entityIdsQuery(entityIds));
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    private static Query entity(Term t, List<String> entityIds) {
        List<Query> should = new ArrayList<>();
        should.add(Query.of(q -> q.term(x -> x.field(ArticleIndex.ENTITY_IDS).value(t.text()))));
        should.add(Query.of(q -> q.matchPhrase(m -> m.field(ArticleIndex.ENTITY_NAMES).query(t.text()))));
        if (!entityIds.isEmpty()) {
            should.add(entityIdsQuery(entityIds));
        }
        return Query.of(q -> q.bool(b -> b.should(should).minimumShouldMatch("1")));
    }

    private static Query entityIdsQuery(List<String> ids) {
        List<FieldValue> values = ids.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(x -> x.field(ArticleIndex.ENTITY_IDS).terms(v -> v.value(values)).boost(ENTITY_BOOST)));
    }

    /**
     * The words in the headline and body together (standard analysis: what finds copy in a language without an
     * analyser of its own), or the phrase in either.
     */
    private static Query headlineOrBody(Term t) {
        if (t.phrase()) {
            return Query.of(q -> q.bool(b -> b
                    .should(text(ArticleIndex.HEADLINE, t.text(), true))
                    .should(text(ArticleIndex.BODY, t.text(), true))));
        }
        return Query.of(q -> q.combinedFields(c -> c
                .fields(ArticleIndex.HEADLINE, ArticleIndex.BODY)
                .query(t.text())
                .operator(CombinedFieldsOperator.And)));
    }

    private static Query text(String field, String text, boolean phrase) {
        return phrase
                ? Query.of(q -> q.matchPhrase(m -> m.field(field).query(text)))
                : Query.of(q -> q.match(m -> m.field(field).query(text).operator(Operator.And)));
    }

    /** Entity names (canonical and surface forms in every script) weigh more than a word in the text. */
    private static Query entityNames(Term t) {
        String field = ArticleIndex.ENTITY_NAMES;
        return t.phrase()
                ? Query.of(q -> q.matchPhrase(m -> m.field(field).query(t.text()).boost(ENTITY_BOOST)))
                : Query.of(q -> q.match(m -> m.field(field).query(t.text()).operator(Operator.And).boost(ENTITY_BOOST)));
    }
}
