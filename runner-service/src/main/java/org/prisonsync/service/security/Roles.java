package org.prisonsync.service.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The upstream role each endpoint group needs (see the reference notes); paths not listed are open. */
public final class Roles {
    public static final String QUEUE_ADMIN = "ROLE_SYSCON__QUEUE_ADMIN";
    public static final String RECONCILIATION = "ROLE_DPS_RECONCILIATION__RW";
    public static final String MIGRATION = "ROLE_PRISONER_FROM_NOMIS__MIGRATION__RW";
    public static final String TO_NOMIS_UPDATE = "ROLE_PRISONER_TO_NOMIS__UPDATE__RW";
    public static final String MAPPINGS = "ROLE_NOMIS_MAPPING_API__SYNCHRONISATION__RW";

    private static final Map<String, String> BY_PREFIX = new LinkedHashMap<>();

    static {
        BY_PREFIX.put("/queue-admin/", QUEUE_ADMIN);
        BY_PREFIX.put("/reconciliation/", RECONCILIATION);
        BY_PREFIX.put("/migrate/", MIGRATION);
        BY_PREFIX.put("/prisoners/", TO_NOMIS_UPDATE);
        BY_PREFIX.put("/alerts/", TO_NOMIS_UPDATE);
        BY_PREFIX.put("/mappings/", MAPPINGS);
        BY_PREFIX.put("/mapping/", MAPPINGS);
    }

    private Roles() {
    }

    /** The role a request path needs, or empty when it is open. */
    public static Optional<String> requiredFor(String path) {
        return BY_PREFIX.entrySet().stream().filter(e -> path.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst();
    }
}
