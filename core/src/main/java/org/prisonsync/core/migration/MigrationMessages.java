package org.prisonsync.core.migration;

import java.util.List;

/**
 * The internal message types of a migration queue (upstream {@code MigrationMessageType}). {@code MIGRATE_ENTITY}
 * carries {@code body.ids}, up to {@link MigrationSettings#entitiesPerMessage()} NOMIS ids: one message per id would
 * cost the queue six to eight times more CPU per entity (see the throughput calibration).
 */
public final class MigrationMessages {
    public static final String MIGRATE_ENTITIES = "MIGRATE_ENTITIES";
    public static final String MIGRATE_BY_PAGE = "MIGRATE_BY_PAGE";
    public static final String MIGRATE_ENTITY = "MIGRATE_ENTITY";
    public static final String MIGRATE_STATUS_CHECK = "MIGRATE_STATUS_CHECK";
    public static final String CANCEL_MIGRATION = "CANCEL_MIGRATION";
    public static final String RETRY_MIGRATION_MAPPING = "RETRY_MIGRATION_MAPPING";

    /** Every type, for registering handlers. */
    public static final List<String> ALL = List.of(MIGRATE_ENTITIES, MIGRATE_BY_PAGE, MIGRATE_ENTITY,
            MIGRATE_STATUS_CHECK, CANCEL_MIGRATION, RETRY_MIGRATION_MAPPING);

    private MigrationMessages() {
    }
}
