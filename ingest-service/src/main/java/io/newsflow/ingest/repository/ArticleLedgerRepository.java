package io.newsflow.ingest.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The append-only ledger of received items. */
@ApplicationScoped
public class ArticleLedgerRepository implements PanacheRepository<LedgerEntry> {

    /** Every ledger row of one article, oldest first: its version history as operators read it. */
    public Uni<List<LedgerEntry>> history(String articleId) {
        return find("articleId", Sort.ascending("receivedAt", "id"), articleId).list();
    }
}
