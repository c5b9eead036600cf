package org.prisonsync.core.migration;

import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * Handles the six migration message types for every registered migration type, dispatching on the context's
 * {@code type}. Holds no state of its own: a process restarted mid-run carries on from the queue and the stores.
 */
public final class MigrationHandler {
    private final MigrationRegistry types;
    private final PageFanOut pages;
    private final EntityMigrator entities;
    private final MigrationMappingRetry mappingRetry;
    private final CompletionCheck checks;

    public MigrationHandler(MigrationRegistry types, MigrationPorts ports, MigrationSettings settings) {
        this.types = types;
        RunState runs = new RunState(ports.history());
        this.pages = new PageFanOut(ports, settings, runs);
        this.entities = new EntityMigrator(ports, runs);
        this.mappingRetry = new MigrationMappingRetry(ports, entities);
        this.checks = new CompletionCheck(ports, settings);
    }

    /** Registers a handler for each of {@link MigrationMessages#ALL}. */
    public void register(EventRoutes routes) {
        for (String messageType : MigrationMessages.ALL) {
            routes.onInternal(messageType, this::handle);
        }
    }

    public SyncOutcome handle(InternalMessage message, MessageContext delivery) {
        MigrationContext context = MigrationContext.of(message);
        MigrationType<?> type = types.require(context.type());
        switch (message.type()) {
            case MigrationMessages.MIGRATE_ENTITIES:
                return pages.entities(type, context);
            case MigrationMessages.MIGRATE_BY_PAGE:
                return pages.page(type, context);
            case MigrationMessages.MIGRATE_ENTITY:
                return entities.entities(type, context, delivery);
            case MigrationMessages.MIGRATE_STATUS_CHECK:
                return checks.status(type, context);
            case MigrationMessages.CANCEL_MIGRATION:
                return checks.cancel(type, context);
            case MigrationMessages.RETRY_MIGRATION_MAPPING:
                return mappingRetry.retry(type, context, delivery);
            default:
                throw new org.prisonsync.core.message.InvalidMessageException(
                        "not a migration message: " + message.type());
        }
    }
}
