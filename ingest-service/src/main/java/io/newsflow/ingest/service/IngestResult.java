package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import java.util.List;

/**
 * The outcome of one received document: what was published downstream, and what happened to every item. For a
 * document refused as a whole, {@code format} is null and {@code items} is empty.
 */
public record IngestResult(String format, List<NormalisedArticle> published, List<ItemOutcome> items) {
}
