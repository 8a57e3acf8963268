package io.newsflow.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class CallersTest {

    @Test
    void aKeyIsItsId() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("key_0123456789abcdef"))
                .addAttribute(ApiKeyIdentityProvider.KEY_HOLDER, new KeyHolder("key_0123456789abcdef", "reader", null, null))
                .build();
        assertThat(Callers.of(identity)).isEqualTo("key_0123456789abcdef");
    }

    @Test
    void aTokenNamedLikeAKeyIsNotThatKey() {
        var identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(token("key_0123456789abcdef", Map.of("iss", "https://login.example", "sub", "4f1c2a")))
                .build();
        assertThat(Callers.of(identity)).isEqualTo("jwt:https://login.example#4f1c2a");
    }

    @Test
    void theSameSubjectOfAnotherIssuerIsAnotherCaller() {
        String one = Callers.ofToken(token("ana", Map.of("iss", "https://login.example", "sub", "4f1c2a")));
        String other = Callers.ofToken(token("ana", Map.of("iss", "https://sso.example", "sub", "4f1c2a")));
        assertThat(one).isNotEqualTo(other);
    }

    @Test
    void aTooLongTokenNameFitsTheOwnerColumn() {
        String caller = Callers.ofToken(token("ana", Map.of("iss", "https://login.example/" + "realm/".repeat(40), "sub", "4f1c2a")));
        assertThat(caller).startsWith("jwt:sha256:").hasSizeLessThanOrEqualTo(Callers.MAX_CHARS);
    }

    private static JsonWebToken token(String name, Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }
}
