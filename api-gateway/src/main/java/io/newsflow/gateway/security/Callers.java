package io.newsflow.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import java.security.Principal;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, as the gateway counts and records callers (rate limits, open streams and cursors, saved-search
 * owners): an API key as its id ({@code key_...}), a JWT as {@code jwt:<issuer>#<subject>}. The two never collide,
 * whatever name an identity provider lets a user choose: a key id never starts with {@code jwt:}, and a token's
 * subject is only ever read behind that prefix. A token name too long for an owner column (200 characters) is
 * recorded by its SHA-256 instead.
 */
public final class Callers {

    /** The longest caller name a saved search's owner column holds. */
    public static final int MAX_CHARS = 200;
    private static final String JWT = "jwt:";

    private Callers() {
    }

    public static String of(SecurityIdentity identity) {
        KeyHolder holder = identity.getAttribute(ApiKeyIdentityProvider.KEY_HOLDER);
        return holder != null ? holder.keyId() : ofToken(identity.getPrincipal());
    }

    static String ofToken(Principal principal) {
        String name = principal instanceof JsonWebToken jwt && jwt.getSubject() != null
                ? (jwt.getIssuer() == null ? "" : jwt.getIssuer()) + "#" + jwt.getSubject()
                : "#" + principal.getName();
        String caller = JWT + name;
        return caller.length() <= MAX_CHARS ? caller : JWT + "sha256:" + KeyHashing.hash(name);
    }
}
