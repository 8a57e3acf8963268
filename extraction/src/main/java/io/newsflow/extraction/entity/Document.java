package io.newsflow.extraction.entity;

import io.newsflow.extraction.text.Token;
import java.util.List;

/**
 * A document being analysed: its text ({@code title + "\n" + body}), tokens and language.
 *
 * @param text the text that offsets index
 * @param tokens tokens of {@code text}
 * @param language identified language ("ar", "en", "fr", ... or "und")
 */
public record Document(String text, List<Token> tokens, String language) {

    public boolean arabic() {
        return "ar".equals(language);
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }
}
