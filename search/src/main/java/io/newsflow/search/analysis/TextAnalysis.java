package io.newsflow.search.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Analyses text in Java with Lucene's language analyzers, because the local Elasticsearch has no analysis-common
 * module. Documents are analysed at index time and queries in the gateway with this one class, and the analysed
 * forms go to whitespace-analysed fields, so matching is the same on a full Elasticsearch distribution.
 */
public final class TextAnalysis {

    /** Languages with their own analysed field ({@code <field>_<language>}). */
    public static final List<String> LANGUAGES = List.of("ar", "en", "fr");

    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "ar", new ArabicAnalyzer(),
            "en", new EnglishAnalyzer(),
            "fr", new FrenchAnalyzer());
    private static final Analyzer FALLBACK = new StandardAnalyzer();

    private TextAnalysis() {
    }

    /** True for the languages that have their own analyser. */
    public static boolean hasAnalyzer(String language) {
        return language != null && ANALYZERS.containsKey(language);
    }

    /** The analysed terms of {@code text} in {@code language}, joined by spaces; standard analysis otherwise. */
    public static String analyse(String language, String text) {
        return String.join(" ", terms(language, text));
    }

    /** The analysed terms of {@code text} in {@code language}. */
    public static List<String> terms(String language, String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Analyzer analyzer = language == null ? FALLBACK : ANALYZERS.getOrDefault(language, FALLBACK);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysis of an in-memory string failed", e);
        }
        return terms;
    }
}
