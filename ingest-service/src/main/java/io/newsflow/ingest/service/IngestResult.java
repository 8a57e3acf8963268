package io.newsflow.ingest.service;

import io.newsflow.contracts.NormalisedArticle;
import java.util.List;

/** The outcome of one received document: what to publish downstream, and what happened to every item. */
public record IngestResult(String format, List<NormalisedArticle> toPublish, List<ItemOutcome> items) {
}
