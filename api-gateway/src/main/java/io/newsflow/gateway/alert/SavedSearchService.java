package io.newsflow.gateway.alert;

import io.newsflow.gateway.config.GatewayConfig;
import io.newsflow.gateway.security.KeyHashing;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Saves, lists and deletes saved searches, telling the alert sender of each change; the matcher reads all those whose
 * owner's key is not revoked.
 */
@ApplicationScoped
public class SavedSearchService {

    /** A saved search as its owner sees it; {@code webhookSecret} only in the answer to saving it. */
    public record SavedSearchView(String id, String name, String q, List<String> languages, List<String> sources,
                                  List<String> entities, List<String> entityTypes, List<String> eventTypes,
                                  List<String> places, String webhookUrl, String webhookSecret, Instant createdAt) {

        static SavedSearchView of(SavedSearch s, boolean withSecret) {
            AlertFilters f = AlertFilters.of(s);
            return new SavedSearchView(s.id, s.name, s.query, f.languages(), f.sources(), f.entities(), f.entityTypes(),
                    f.eventTypes(), f.places(), s.webhookUrl, withSecret ? s.webhookSecret : null, s.createdAt);
        }
    }

    private final SavedSearchRepository repository;
    private final GatewayConfig config;

    public SavedSearchService(SavedSearchRepository repository, GatewayConfig config) {
        this.repository = repository;
        this.config = config;
    }

    /**
     * Saves a search, unless its owner already keeps {@code newsflow.gateway.alerts.max-searches-per-owner} of them:
     * then a 409 (two saves at the same moment may both pass the count; the cap bounds a flood, not a count to the unit).
     */
    @WithTransaction
    public Uni<SavedSearchView> save(String owner, String name, String q, AlertFilters filters, String webhookUrl) {
        int max = config.alerts().maxSearchesPerOwner();
        return repository.count("owner", owner)
                .invoke(n -> {
                    if (n >= max) {
                        throw new ClientErrorException("you keep " + n + " saved searches, the most one owner may keep ("
                                + max + "); delete one first", Response.Status.CONFLICT);
                    }
                })
                .chain(n -> persist(owner, name, q, filters, webhookUrl));
    }

    private Uni<SavedSearchView> persist(String owner, String name, String q, AlertFilters filters, String webhookUrl) {
        SavedSearch s = new SavedSearch();
        s.id = "ss_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        s.owner = owner;
        s.name = name;
        s.query = q;
        s.languages = AlertFilters.join(filters.languages());
        s.sources = AlertFilters.join(filters.sources());
        s.entities = AlertFilters.join(filters.entities());
        s.entityTypes = AlertFilters.join(filters.entityTypes());
        s.eventTypes = AlertFilters.join(filters.eventTypes());
        s.places = AlertFilters.join(filters.places());
        s.webhookUrl = webhookUrl;
        s.webhookSecret = webhookUrl == null ? null : KeyHashing.newKey().substring(KeyHashing.KEY_PREFIX.length());
        s.createdAt = Instant.now();
        return repository.persist(s).call(repository::announceChange).map(saved -> SavedSearchView.of(saved, true));
    }

    @WithSession
    public Uni<List<SavedSearchView>> list(String owner) {
        return repository.ofOwner(owner).map(rows -> rows.stream().map(s -> SavedSearchView.of(s, false)).toList());
    }

    @WithSession
    public Uni<SavedSearch> find(String id) {
        return repository.findById(id);
    }

    /** Deletes a search of this owner; false when there is none. */
    @WithTransaction
    public Uni<Boolean> delete(String owner, String id) {
        return announced(repository.delete("id = ?1 and owner = ?2", id, owner));
    }

    /** Deletes a search whoever owns it (an admin's cleaning up, e.g. after a revoke); false when there is none. */
    @WithTransaction
    public Uni<Boolean> deleteAnyOwners(String id) {
        return announced(repository.delete("id", id));
    }

    private Uni<Boolean> announced(Uni<Long> deleted) {
        return deleted
                .call(n -> n > 0 ? repository.announceChange() : Uni.createFrom().voidItem())
                .map(n -> n > 0);
    }

    /** The searches the alert sender matches: those of revoked keys are left out. */
    @WithSession
    public Uni<List<SavedSearch>> matchable() {
        return repository.ofActiveOwners();
    }
}
