package io.newsflow.gateway.query;

import io.newsflow.gateway.query.QueryNode.And;
import io.newsflow.gateway.query.QueryNode.Not;
import io.newsflow.gateway.query.QueryNode.Or;
import io.newsflow.search.ArticleIndex;
import io.newsflow.search.analysis.TextAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The same query as {@link ElasticsearchQueryTranslator}, as a Lucene query for a one-article MemoryIndex (saved
 * searches are matched in the gateway: the local Elasticsearch has no percolator). The fields and analysis are
 * those of the articles index: per-language text analysed in Java and indexed whitespace-separated, standard
 * analysis for title, body and entity names, keywords as they are.
 */
public final class LuceneQueryTranslator {

    private LuceneQueryTranslator() {
    }

    public static Query toQuery(QueryNode node, Map<QueryNode.Term, List<String>> entityIds) {
        if (node == null) {
            return new MatchAllDocsQuery();
        }
        if (node instanceof QueryNode.Term t) {
            return term(t, entityIds.getOrDefault(t, List.of()));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (node instanceof And and) {
            boolean positive = false;
            for (QueryNode clause : and.clauses()) {
                if (clause instanceof Not not) {
                    b.add(toQuery(not.clause(), entityIds), Occur.MUST_NOT);
                } else {
                    b.add(toQuery(clause, entityIds), Occur.MUST);
                    positive = true;
                }
            }
            if (!positive) {
                b.add(new MatchAllDocsQuery(), Occur.MUST);
            }
        } else if (node instanceof Or or) {
            or.clauses().forEach(c -> b.add(toQuery(c, entityIds), Occur.SHOULD));
            b.setMinimumNumberShouldMatch(1);
        } else {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
            b.add(toQuery(((Not) node).clause(), entityIds), Occur.MUST_NOT);
        }
        return b.build();
    }

    private static Query term(QueryNode.Term t, List<String> entityIds) {
        return switch (t.field()) {
            case ANY -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                for (String language : TextAnalysis.LANGUAGES) {
                    b.add(text(ArticleIndex.TEXT_PREFIX + language, TextAnalysis.terms(language, t.text()), t.phrase()), Occur.SHOULD);
                }
                b.add(headlineOrBody(TextAnalysis.terms(null, t.text()), t.phrase()), Occur.SHOULD);
                b.add(text(ArticleIndex.ENTITY_NAMES, TextAnalysis.terms(null, t.text()), t.phrase()), Occur.SHOULD);
                entityIds.forEach(id -> b.add(new TermQuery(new Term(ArticleIndex.ENTITY_IDS, id)), Occur.SHOULD));
                b.setMinimumNumberShouldMatch(1);
                yield b.build();
            }
            case TITLE -> text(ArticleIndex.HEADLINE, TextAnalysis.terms(null, t.text()), t.phrase());
            case BODY -> text(ArticleIndex.BODY, TextAnalysis.terms(null, t.text()), t.phrase());
            case SOURCE -> new TermQuery(new Term(ArticleIndex.SOURCE, t.text()));
            case LANG -> new TermQuery(new Term(ArticleIndex.LANGUAGE, t.text().toLowerCase(Locale.ROOT)));
            case ENTITY -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder();
                b.add(new TermQuery(new Term(ArticleIndex.ENTITY_IDS, t.text())), Occur.SHOULD);
                b.add(text(ArticleIndex.ENTITY_NAMES, TextAnalysis.terms(null, t.text()), true), Occur.SHOULD);
                entityIds.forEach(id -> b.add(new TermQuery(new Term(ArticleIndex.ENTITY_IDS, id)), Occur.SHOULD));
                b.setMinimumNumberShouldMatch(1);
                yield b.build();
            }
        };
    }

    /** Every term in the headline or the body (as Elasticsearch's combined_fields), or the phrase in either. */
    private static Query headlineOrBody(List<String> terms, boolean phrase) {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (phrase) {
            b.add(text(ArticleIndex.HEADLINE, terms, true), Occur.SHOULD);
            b.add(text(ArticleIndex.BODY, terms, true), Occur.SHOULD);
            return b.build();
        }
        for (String term : terms) {
            b.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(ArticleIndex.HEADLINE, term)), Occur.SHOULD)
                    .add(new TermQuery(new Term(ArticleIndex.BODY, term)), Occur.SHOULD)
                    .build(), Occur.MUST);
        }
        return b.build();
    }

    /** All analysed terms (AND), or the phrase of them; nothing when analysis left no term. */
    private static Query text(String field, List<String> terms, boolean phrase) {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        if (phrase && terms.size() > 1) {
            return new PhraseQuery(field, terms.toArray(String[]::new));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        terms.forEach(term -> b.add(new TermQuery(new Term(field, term)), Occur.MUST));
        return b.build();
    }
}
