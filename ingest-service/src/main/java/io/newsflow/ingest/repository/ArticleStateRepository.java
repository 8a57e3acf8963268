package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** Newest accepted version per article id. */
@ApplicationScoped
public class ArticleStateRepository implements PanacheRepositoryBase<ArticleState, String> {
}
