package io.newsflow.extract.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Names of curated entities. */
@ApplicationScoped
public class CuratedNameRepository implements PanacheRepository<CuratedName> {
}
