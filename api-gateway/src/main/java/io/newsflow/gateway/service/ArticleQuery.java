package io.newsflow.gateway.service;

import java.util.List;

/** A validated article search: free text, filters and one page. */
public record ArticleQuery(String text, List<String> languages, List<String> sources, List<String> entityIds,
                           boolean includeKilled, int limit, int offset) {
}
