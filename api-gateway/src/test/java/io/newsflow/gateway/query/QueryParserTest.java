package io.newsflow.gateway.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.gateway.query.QueryNode.And;
import io.newsflow.gateway.query.QueryNode.Field;
import io.newsflow.gateway.query.QueryNode.Not;
import io.newsflow.gateway.query.QueryNode.Or;
import io.newsflow.gateway.query.QueryNode.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

    private static Term word(String text, int position) {
        return new Term(Field.ANY, text, false, position);
    }

    @Test
    void blankQueryIsNoQuery() {
        assertThat(QueryParser.parse(null)).isNull();
        assertThat(QueryParser.parse("   ")).isNull();
    }

    @Test
    void adjacentWordsAreAnded() {
        assertThat(QueryParser.parse("rome defence")).isEqualTo(new And(List.of(word("rome", 1), word("defence", 6))));
    }

    @Test
    void orBindsLooserThanAnd() {
        assertThat(QueryParser.parse("a b OR c")).isEqualTo(new Or(List.of(
                new And(List.of(word("a", 1), word("b", 3))),
                word("c", 8))));
    }

    @Test
    void parenthesesGroup() {
        assertThat(QueryParser.parse("a AND (b OR c)")).isEqualTo(new And(List.of(
                word("a", 1),
                new Or(List.of(word("b", 8), word("c", 13))))));
    }

    @Test
    void notAndMinusNegate() {
        assertThat(QueryParser.parse("NOT a")).isEqualTo(new Not(word("a", 5)));
        assertThat(QueryParser.parse("a -b")).isEqualTo(new And(List.of(word("a", 1), new Not(word("b", 4)))));
    }

    @Test
    void hyphenInsideAWordIsPartOfIt() {
        assertThat(QueryParser.parse("al-Sudani")).isEqualTo(word("al-Sudani", 1));
    }

    @Test
    void phrasesKeepTheirWordsTogether() {
        assertThat(QueryParser.parse("\"Guido  Crosetto\"")).isEqualTo(new Term(Field.ANY, "Guido Crosetto", true, 1));
    }

    @Test
    void fieldPrefixesApplyToWordsAndPhrases() {
        assertThat(QueryParser.parse("title:\"death toll\" lang:en source:AFP entity:Q220")).isEqualTo(new And(List.of(
                new Term(Field.TITLE, "death toll", true, 1),
                new Term(Field.LANG, "en", false, 20),
                new Term(Field.SOURCE, "AFP", false, 28),
                new Term(Field.ENTITY, "Q220", false, 39))));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertThat(QueryParser.parse("war and peace")).isEqualTo(new And(List.of(word("war", 1), word("and", 5), word("peace", 9))));
    }

    @Test
    void arabicWordsParse() {
        assertThat(QueryParser.parse("روما OR كروزيتو")).isEqualTo(new Or(List.of(word("روما", 1), word("كروزيتو", 9))));
    }

    @Test
    void colonAfterDigitsIsNotAField() {
        assertThat(QueryParser.parse("10:30")).isEqualTo(word("10:30", 1));
    }

    @ParameterizedTest(name = "{0} -> position {1}")
    @CsvSource(delimiter = '|', value = {
            "\"unclosed phrase|1",
            "a AND|3",
            "OR a|1",
            "a OR OR b|3",
            "(a b|1",
            "a b)|4",
            "()|1",
            "foo:bar|1",
            "title:|1",
            "a NOT|3",
            "\"\"|1",
    })
    void syntaxErrorsSayWhere(String query, int position) {
        assertThatThrownBy(() -> QueryParser.parse(query))
                .isInstanceOf(QuerySyntaxException.class)
                .satisfies(e -> assertThat(((QuerySyntaxException) e).position()).isEqualTo(position));
    }

    @Test
    void tooManyTermsAreRefused() {
        String query = "w ".repeat(QueryParser.MAX_TERMS + 1);
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("too many terms");
    }

    @Test
    void tooDeepNestingIsRefused() {
        String query = "(".repeat(QueryParser.MAX_DEPTH + 1) + "a" + ")".repeat(QueryParser.MAX_DEPTH + 1);
        assertThatThrownBy(() -> QueryParser.parse(query)).isInstanceOf(QuerySyntaxException.class).hasMessageContaining("nested too deeply");
    }

    @Test
    void positiveNameTermsSkipNegatedAndFieldTerms() {
        QueryNode q = QueryParser.parse("Crosetto -Rome title:defence entity:OTAN");
        assertThat(QueryParser.positiveNameTerms(q)).extracting(Term::text).containsExactly("Crosetto", "OTAN");
    }
}
