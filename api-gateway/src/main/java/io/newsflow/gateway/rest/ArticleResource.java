package io.newsflow.gateway.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.newsflow.contracts.Problem;
import io.newsflow.gateway.client.Backends;
import io.newsflow.gateway.query.QueryParser;
import io.newsflow.gateway.security.Callers;
import io.newsflow.gateway.security.Roles;
import io.newsflow.gateway.service.ArticleSearch;
import io.newsflow.gateway.service.ArticleSearchService;
import io.newsflow.gateway.service.ArticleSearchService.ArticleView;
import io.newsflow.gateway.service.ArticleSearchService.SearchPage;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code /v1/articles}: search articles, and read one with its version history. */
@Path("/v1/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@RolesAllowed(Roles.READER)
public class ArticleResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY_CHARS = 1_000;
    static final int MAX_OFFSET = 10_000;
    static final int MAX_ID_CHARS = 256;

    /**
     * An article with what the ledger knows of its versions; {@code history} is null when the ledger did not answer.
     * The article's fields are at the top level, beside the history.
     */
    public record ArticleDetail(@JsonUnwrapped ArticleView article, List<Map<String, Object>> history,
                                boolean historyAvailable, String notice) {

        static ArticleDetail of(ArticleView a, List<Map<String, Object>> history, String notice) {
            return new ArticleDetail(a, history, history != null, notice);
        }
    }

    private final ArticleSearchService search;
    private final Backends backends;
    private final SecurityIdentity identity;

    public ArticleResource(ArticleSearchService search, Backends backends, SecurityIdentity identity) {
        this.search = search;
        this.backends = backends;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Search articles", description = """
            q: words and "phrases", AND / OR / NOT (or -word), parentheses, fields title: body: source: lang: entity:.
            A word that names an entity (in any language or script) also finds articles linked to that entity;
            matchedEntities says which. Offset paging up to 10,000 results; beyond, cursor=start then nextCursor
            (a cursor lives a minute between pages; a caller keeps at most 10 open, past that a 429 with Retry-After).""")
    public Uni<SearchPage> search(@QueryParam("q") String q,
                                  @QueryParam("language") List<String> languages,
                                  @QueryParam("source") List<String> sources,
                                  @Parameter(description = "entity id(s)") @QueryParam("entity") List<String> entityIds,
                                  @Parameter(description = "PERSON, ORG or LOC") @QueryParam("entityType") List<String> entityTypes,
                                  @Parameter(description = "CAMEO root code(s), e.g. 14") @QueryParam("eventType") List<String> eventTypes,
                                  @Parameter(description = "place id or name of an event, or a place entity id") @QueryParam("place") List<String> places,
                                  @QueryParam("cluster") List<String> clusters,
                                  @Parameter(description = "ISO-8601 date or date-time, inclusive") @QueryParam("from") String from,
                                  @Parameter(description = "ISO-8601 date (inclusive) or date-time (exclusive)") @QueryParam("to") String to,
                                  @QueryParam("includeKilled") String includeKilled,
                                  @Parameter(description = "relevance (default) or time") @QueryParam("sort") String sort,
                                  @QueryParam("highlight") String highlight,
                                  @QueryParam("facets") String facets,
                                  @Parameter(description = "facet date histogram: hour, day, week, month, year") @QueryParam("interval") String interval,
                                  @Parameter(description = "one article per near-duplicate cluster") @QueryParam("collapse") String collapse,
                                  @QueryParam("limit") String limit,
                                  @QueryParam("offset") String offset,
                                  @Parameter(description = "start, or nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        String text = RequestParams.text("q", q, MAX_QUERY_CHARS);
        int size = RequestParams.integer("limit", limit, 20, 1, MAX_LIMIT);
        int skip = RequestParams.integer("offset", offset, 0, 0, MAX_OFFSET);
        if (skip + size > MAX_OFFSET) {
            throw new InvalidParameterException("offset", "offset + limit may reach at most " + MAX_OFFSET + "; page further with cursor=start");
        }
        String cursorToken = RequestParams.text("cursor", cursor, 4_096);
        boolean collapsed = RequestParams.bool("collapse", collapse, false);
        if (cursorToken != null && skip > 0) {
            throw new InvalidParameterException("offset", "offset and cursor do not go together");
        }
        if (cursorToken != null && collapsed) {
            throw new InvalidParameterException("collapse", "collapse does not go with cursor paging; use offset paging");
        }
        Instant fromInstant = RequestParams.instant("from", from, false);
        Instant toInstant = RequestParams.instant("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new InvalidParameterException("from", "from must be before to");
        }
        ArticleSearch request = new ArticleSearch(
                text,
                QueryParser.parse(text),
                RequestParams.values("language", languages),
                RequestParams.values("source", sources),
                RequestParams.values("entity", entityIds),
                RequestParams.entityTypes(entityTypes),
                RequestParams.values("eventType", eventTypes),
                RequestParams.values("place", places),
                RequestParams.values("cluster", clusters),
                fromInstant,
                toInstant,
                RequestParams.bool("includeKilled", includeKilled, false),
                "time".equals(RequestParams.oneOf("sort", sort, "relevance", List.of("relevance", "time")))
                        ? ArticleSearch.Sort.TIME : ArticleSearch.Sort.RELEVANCE,
                RequestParams.bool("highlight", highlight, true),
                RequestParams.bool("facets", facets, false),
                RequestParams.oneOf("interval", interval, "day", List.of("hour", "day", "week", "month", "year")),
                collapsed,
                size,
                skip,
                cursorToken);
        return search.search(request, Callers.of(identity));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article, with its version history from the ingest ledger")
    public Uni<ArticleDetail> get(@PathParam("id") String id) {
        if (id.length() > MAX_ID_CHARS) {
            throw new InvalidParameterException("id", "an article id has at most " + MAX_ID_CHARS + " characters");
        }
        Uni<ArticleView> article = search.get(id)
                .map(found -> found
                        .filter(a -> !a.killed())
                        .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'")));
        Uni<List<Map<String, Object>>> history = backends.ledger(id)
                .onFailure().invoke(e -> Log.debugf("ledger unavailable for %s: %s", id, e.toString()))
                .onFailure().recoverWithNull();
        return Uni.combine().all().unis(article, history).asTuple()
                .map(both -> both.getItem2() == null
                        ? ArticleDetail.of(both.getItem1(), null, Backends.INGEST + " did not answer; version history left out")
                        : ArticleDetail.of(both.getItem1(), both.getItem2(), null));
    }
}
