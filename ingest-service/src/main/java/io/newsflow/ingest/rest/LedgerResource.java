package io.newsflow.ingest.rest;

import io.newsflow.ingest.repository.ArticleLedgerRepository;
import io.newsflow.ingest.repository.LedgerEntry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Lets operators (and the gateway) read the ledger: every item received for an article, with its outcome. */
@Path("/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {

    private final ArticleLedgerRepository ledger;

    public LedgerResource(ArticleLedgerRepository ledger) {
        this.ledger = ledger;
    }

    @GET
    @Path("/{articleId}")
    @WithSession
    public Uni<List<LedgerEntry>> history(@PathParam("articleId") String articleId) {
        return ledger.history(articleId);
    }
}
