package io.newsflow.gateway.rest;

import io.newsflow.contracts.Problem;
import io.newsflow.gateway.service.ArticleQuery;
import io.newsflow.gateway.service.ArticleSearchService;
import io.newsflow.gateway.service.ArticleSearchService.ArticleView;
import io.newsflow.gateway.service.ArticleSearchService.SearchPage;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /v1/articles}: search articles, and read one. */
@Path("/v1/articles")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class ArticleResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_QUERY_CHARS = 1_000;
    static final int MAX_OFFSET = 10_000;

    private final ArticleSearchService search;

    public ArticleResource(ArticleSearchService search) {
        this.search = search;
    }

    @GET
    public Uni<SearchPage> search(@QueryParam("q") String q,
                                  @QueryParam("language") List<String> languages,
                                  @QueryParam("source") List<String> sources,
                                  @QueryParam("entity") List<String> entityIds,
                                  @QueryParam("includeKilled") @DefaultValue("false") boolean includeKilled,
                                  @QueryParam("limit") @DefaultValue("20") int limit,
                                  @QueryParam("offset") @DefaultValue("0") int offset) {
        if (q != null && q.length() > MAX_QUERY_CHARS) {
            throw new BadRequestException("q may hold at most " + MAX_QUERY_CHARS + " characters");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || offset + limit > MAX_OFFSET) {
            throw new BadRequestException("offset must be between 0 and " + (MAX_OFFSET - limit) + " (page further with a cursor)");
        }
        return search.search(new ArticleQuery(q, languages, sources, entityIds, includeKilled, limit, offset));
    }

    @GET
    @Path("/{id}")
    public Uni<ArticleView> get(@PathParam("id") String id) {
        return search.get(id)
                .map(found -> found
                        .filter(article -> !article.killed())
                        .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'")));
    }
}
