package org.prisonsync.core.migration;

import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.message.InvalidMessageException;
import org.prisonsync.core.sync.EventRoutes;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * Handles the six migration message types for every registered migration type, dispatching on the context's
 * {@code type}. Every message is checked before it is acted on: its context ({@link MigrationContext#of}), then its
 * run ({@link RunCheck}), then its body by the handler; a message that can never be right is rejected at once with
 * the reason. Holds no state of its own: a process restarted mid-run carries on from the queue and the stores.
 */
public final class MigrationHandler {
    private final MigrationRegistry types;
    private final RunCheck runs;
    private final PageFanOut pages;
    private final EntityMigrator entities;
    private final MigrationMappingRetry mappingRetry;
    private final CompletionCheck checks;

    public MigrationHandler(MigrationRegistry types, MigrationPorts ports, MigrationSettings settings) {
        this.types = types;
        this.runs = new RunCheck(ports.history());
        MigrationMappingSaves saves = new MigrationMappingSaves(ports);
        ClaimReleases releases = new ClaimReleases();
        this.pages = new PageFanOut(ports, settings);
        this.entities = new EntityMigrator(ports, settings, saves, releases);
        this.mappingRetry = new MigrationMappingRetry(ports, saves);
        this.checks = new CompletionCheck(ports, settings, releases);
    }

    /** Registers a handler for each of {@link MigrationMessages#ALL}. */
    public void register(EventRoutes routes) {
        for (String messageType : MigrationMessages.ALL) {
            routes.onInternal(messageType, this::handle);
        }
    }

    public SyncOutcome handle(InternalMessage message, MessageContext delivery) {
        // No trail steps for migration messages: each is bulk work on up to a page of entities, not one sync; an
        // entity's mapping row records its migration, and a step per message would put back into the trail the cost
        // that leaving *-migration-entity-migrated out took away (docs/benchmarks.md). Failures stay as events.
        delivery.steps().discard();
        if (!MigrationMessages.ALL.contains(message.type())) {
            throw new InvalidMessageException("not a migration message: " + message.type());
        }
        MigrationContext context = MigrationContext.of(message);
        MigrationType<?> type = types.require(context.type());
        RunCheck.Checked checked = runs.check(type, context);
        if (checked.rejection() != null) {
            return checked.rejection();
        }
        MigrationRun run = checked.run();
        return switch (message.type()) {
            case MigrationMessages.MIGRATE_ENTITIES -> pages.entities(type, context, run);
            case MigrationMessages.MIGRATE_BY_PAGE -> pages.page(type, context, run);
            case MigrationMessages.MIGRATE_ENTITY -> entities.entities(type, context, run, delivery);
            case MigrationMessages.MIGRATE_STATUS_CHECK -> checks.status(type, context, run);
            case MigrationMessages.CANCEL_MIGRATION -> checks.cancel(type, context, run);
            default -> mappingRetry.retry(type, context, delivery);
        };
    }
}
