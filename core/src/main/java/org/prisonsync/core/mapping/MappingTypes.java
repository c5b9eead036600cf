package org.prisonsync.core.mapping;

/** The upstream mapping types (see the mapping service): who created the pair. */
public final class MappingTypes {
    /** Created by a bulk migration from NOMIS; {@code label} holds the migration id. */
    public static final String MIGRATED = "MIGRATED";
    /** Created in DPS and synchronised to NOMIS. */
    public static final String DPS_CREATED = "DPS_CREATED";
    /** Created in NOMIS and synchronised to DPS. */
    public static final String NOMIS_CREATED = "NOMIS_CREATED";
    /** The visits name for DPS_CREATED, kept for wire compatibility with the visit mapping API. */
    public static final String ONLINE = "ONLINE";

    private MappingTypes() {
    }
}
