package io.newsflow.gateway.alert;

import io.newsflow.gateway.client.PostgresNotifications;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads and writes {@link SavedSearch} rows. */
@ApplicationScoped
public class SavedSearchRepository implements PanacheRepositoryBase<SavedSearch, String> {

    public Uni<List<SavedSearch>> ofOwner(String owner) {
        return list("owner = ?1 order by createdAt", owner);
    }

    /**
     * The searches to match: those of an active API key and those of a JWT caller ({@code jwt:...}, who has no key
     * row). The rows of a revoked key stay, for an admin to see where they posted and delete them; so do rows whose
     * owner is neither (saved by a JWT caller before owners took the {@code jwt:} prefix, which no caller can reach
     * any more), and they are not matched either.
     */
    public Uni<List<SavedSearch>> ofActiveOwners() {
        return list("from SavedSearch s where s.owner like 'jwt:%' or exists"
                + " (select k.id from ApiKey k where k.id = s.owner and k.revokedAt is null)");
    }

    /**
     * Tells the alert sender, whichever replica it is, that the saved searches changed: a PostgreSQL notification on
     * {@link AlertLeadership#SEARCHES_CHANGED}, delivered when the current transaction commits.
     */
    public Uni<Void> announceChange() {
        return getSession().chain(session -> PostgresNotifications.send(session, AlertLeadership.SEARCHES_CHANGED, ""));
    }
}
