package io.newsflow.index.service;

import io.newsflow.contracts.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/** Splits a batch into bulk requests of bounded size, keeping the order of the articles. */
public final class BulkChunks {

    private BulkChunks() {
    }

    public static List<List<EnrichedArticle>> split(List<EnrichedArticle> articles, int maxBytes) {
        List<List<EnrichedArticle>> chunks = new ArrayList<>();
        List<EnrichedArticle> current = new ArrayList<>();
        long bytes = 0;
        for (EnrichedArticle article : articles) {
            long size = estimatedBytes(article);
            if (!current.isEmpty() && bytes + size > maxBytes) {
                chunks.add(current);
                current = new ArrayList<>();
                bytes = 0;
            }
            current.add(article);
            bytes += size;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /**
     * The article document holds its text about four times (body, standard-analysed copy, language-analysed copy,
     * UTF-8 for non-Latin scripts), plus entities and events with their sentences.
     */
    static long estimatedBytes(EnrichedArticle article) {
        String headline = article.article().headline();
        String body = article.article().body();
        long text = (headline == null ? 0 : headline.length()) + (body == null ? 0 : body.length());
        return 4 * text + 300L * article.entities().size() + 500L * article.events().size() + 1_000;
    }
}
