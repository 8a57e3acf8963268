package io.newsflow.ingest.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.ingest.repository.ArticleLedgerRepository;
import io.newsflow.ingest.repository.LedgerEntry;
import io.newsflow.ingest.repository.LedgerOutcome;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Lets operators (and the gateway) read the ledger: every item received for an article, with its outcome; and the
 * latest items received, filtered by outcome, channel or source (e.g. what was rejected from the feeds today).
 */
@Path("/v1/ledger")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class LedgerResource {

    static final int MAX_LIMIT = 1000;

    private final ArticleLedgerRepository ledger;

    public LedgerResource(ArticleLedgerRepository ledger) {
        this.ledger = ledger;
    }

    /** The newest ledger rows first, optionally of one outcome, channel or source, received at or after {@code since}. */
    @GET
    @WithSession
    public Uni<List<LedgerEntry>> latest(@QueryParam("outcome") String outcome,
                                         @QueryParam("channel") String channel,
                                         @QueryParam("source") String source,
                                         @QueryParam("since") String since,
                                         @QueryParam("limit") String limit) {
        return ledger.latest(outcome(outcome), channel, source, instant(since), limit(limit));
    }

    @GET
    @Path("/{articleId}")
    @WithSession
    public Uni<List<LedgerEntry>> history(@PathParam("articleId") String articleId) {
        return ledger.history(articleId);
    }

    private static int limit(String value) {
        if (value == null || value.isBlank()) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("limit must be a whole number between 1 and " + MAX_LIMIT);
    }

    private static LedgerOutcome outcome(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LedgerOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("outcome must be one of " + List.of(LedgerOutcome.values()));
        }
    }

    private static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("since must be an ISO-8601 instant such as 2025-06-02T09:00:00Z");
        }
    }
}
