package io.newsflow.gateway.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/** Gives JWT callers the roles their groups imply (an admin token can read), as API keys get them. */
@ApplicationScoped
public class RoleAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // Checked without building a set: an API key's identity (every request) has its implied roles already.
        if (identity.isAnonymous() || complete(identity.getRoles())) {
            return Uni.createFrom().item(identity);
        }
        Set<String> roles = new HashSet<>();
        identity.getRoles().forEach(role -> roles.addAll(Roles.implied(role)));
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(roles).build());
    }

    /** Whether these roles hold every role they imply. */
    static boolean complete(Set<String> roles) {
        for (String role : roles) {
            if (!roles.containsAll(Roles.implied(role))) {
                return false;
            }
        }
        return true;
    }
}
