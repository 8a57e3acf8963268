package io.newsflow.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The gateway's roles and what each implies: admin can do everything, curator and ingester can also read.
 * Used as {@code @RolesAllowed} values and to expand the roles of API keys and JWT groups alike.
 */
public final class Roles {

    public static final String READER = "reader";
    public static final String INGESTER = "ingester";
    public static final String CURATOR = "curator";
    public static final String ADMIN = "admin";

    public static final List<String> ALL = List.of(READER, INGESTER, CURATOR, ADMIN);

    private Roles() {
    }

    /** The role named, in lower case, or an IllegalArgumentException listing the known roles. */
    public static String parse(String role) {
        String r = role == null ? "" : role.trim().toLowerCase(Locale.ROOT);
        if (!ALL.contains(r)) {
            throw new IllegalArgumentException("unknown role '" + role + "'; one of " + String.join(", ", ALL));
        }
        return r;
    }

    private static final Set<String> ADMIN_ROLES = Set.of(ADMIN, CURATOR, INGESTER, READER);
    private static final Set<String> CURATOR_ROLES = Set.of(CURATOR, READER);
    private static final Set<String> INGESTER_ROLES = Set.of(INGESTER, READER);
    private static final Set<String> READER_ROLES = Set.of(READER);

    /** The role itself plus every role it implies. Unknown roles imply nothing but themselves. */
    public static Set<String> implied(String role) {
        return switch (role) {
            case ADMIN -> ADMIN_ROLES;
            case CURATOR -> CURATOR_ROLES;
            case INGESTER -> INGESTER_ROLES;
            case READER -> READER_ROLES;
            default -> Set.of(role);
        };
    }
}
