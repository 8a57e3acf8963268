package io.newsflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.helpers.test.UniAssertSubscriber;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleAugmentorTest {

    private final RoleAugmentor augmentor = new RoleAugmentor();

    @Test
    void aTokenGroupGetsTheRolesItImplies() {
        SecurityIdentity token = identity(Set.of(Roles.CURATOR));

        SecurityIdentity augmented = augment(token);

        assertThat(augmented.getRoles()).containsExactlyInAnyOrder(Roles.CURATOR, Roles.READER);
        assertThat(augmented.getPrincipal().getName()).isEqualTo("caller");
    }

    @Test
    void rolesThatHoldWhatTheyImplyAreLeftAsTheyAre() {
        SecurityIdentity key = identity(Roles.implied(Roles.ADMIN));

        assertThat(augment(key)).isSameAs(key);
        assertThat(RoleAugmentor.complete(Set.of(Roles.INGESTER, Roles.READER, "auditor"))).isTrue();
        assertThat(RoleAugmentor.complete(Set.of(Roles.ADMIN, Roles.READER))).isFalse();
    }

    private SecurityIdentity augment(SecurityIdentity identity) {
        return augmentor.augment(identity, null)
                .subscribe().withSubscriber(UniAssertSubscriber.create())
                .assertCompleted()
                .getItem();
    }

    private static SecurityIdentity identity(Set<String> roles) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("caller")).addRoles(roles).build();
    }
}
