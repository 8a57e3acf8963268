package io.newsflow.extraction.text;

/**
 * One reading of an Arabic word: {@code prefixChars} surface chars of clitics (و ف ب ل ك) peeled off, then
 * {@code core} the normalised rest without the article ال; {@code article} tells whether ال was there.
 * For other scripts the single reading is the whole key.
 */
public record ArabicStem(int prefixChars, String core, boolean article, String withArticle) {
}
