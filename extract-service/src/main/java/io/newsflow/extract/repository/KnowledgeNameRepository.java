package io.newsflow.extract.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Names of knowledge-base entities. */
@ApplicationScoped
public class KnowledgeNameRepository implements PanacheRepository<KnowledgeName> {
}
