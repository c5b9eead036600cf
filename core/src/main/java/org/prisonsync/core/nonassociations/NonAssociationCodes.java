package org.prisonsync.core.nonassociations;

import java.util.Map;

/** DPS's codes in NOMIS's terms, as the DPS legacy view translates them. */
public final class NonAssociationCodes {
    private static final Map<String, String> TYPES = Map.of("CELL", "CELL", "LANDING", "LAND", "WING", "WING");
    private static final Map<String, String> ROLES = Map.of("VICTIM", "VIC", "PERPETRATOR", "PER",
            "NOT_RELEVANT", "NOT_REL", "UNKNOWN", "UNKNOWN");

    private NonAssociationCodes() {
    }

    /** {@code CELL}, {@code LAND} or {@code WING}; an unknown restriction is passed through as it is. */
    public static String nomisType(String restrictionType) {
        return TYPES.getOrDefault(restrictionType, restrictionType);
    }

    /** A prisoner's role as NOMIS's reason code ({@code VIC}, {@code PER}, {@code NOT_REL}, {@code UNKNOWN}). */
    public static String nomisReason(String role) {
        return ROLES.getOrDefault(role, role);
    }
}
