package org.prisonsync.core.migration;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.sync.MessageContext;
import org.prisonsync.core.sync.SyncOutcome;

/**
 * {@code MIGRATE_ENTITY}: checks the ids, then migrates them as an {@link EntityBatch} (skip if mapped, claim, write
 * DPS, save the mapping with {@code MIGRATED}, {@code label = migrationId}). Retries stay exact per entity:
 * <ul>
 *   <li>a message of several ids never fails as a whole for one entity: each failed id is re-queued alone, ids
 *       another consumer holds are re-queued together for after its lease, and ids already done are skipped if the
 *       message itself is redelivered;</li>
 *   <li>a message of one id fails like any message (ladder, then DLQ; at once if it can never succeed, e.g. NOMIS has
 *       no such entity), so the DLQ holds one message per failed entity and its count is the run's failed count;
 *       on its last delivery the failure is also recorded with its reason in {@link MigrationFailures};</li>
 *   <li>a failed mapping save queues {@code RETRY_MIGRATION_MAPPING}, so DPS is never written twice for it.</li>
 * </ul>
 */
final class EntityMigrator {
    private final MigrationPorts ports;
    private final MigrationSettings settings;
    private final MigrationMappingSaves saves;
    private final ClaimReleases releases;

    EntityMigrator(MigrationPorts ports, MigrationSettings settings, MigrationMappingSaves saves,
                   ClaimReleases releases) {
        this.ports = ports;
        this.settings = settings;
        this.saves = saves;
        this.releases = releases;
    }

    static InternalMessage entityMessage(MigrationContext context, List<String> ids) {
        return context.withBody(Map.of("ids", List.copyOf(ids))).message(MigrationMessages.MIGRATE_ENTITY);
    }

    SyncOutcome entities(MigrationType<?> type, MigrationContext context, MigrationRun run,
                         MessageContext delivery) {
        List<String> ids = EntityIds.of(context.body());
        if (RunCheck.isCancelling(run)) {
            return RunCheck.stopped(type, context, run, ids.size() + " entities not migrated");
        }
        // one owner per delivery: two deliveries of one SQS message are two attempts
        String owner = "migration/" + delivery.messageId() + "/" + delivery.receiveCount();
        Map<String, EntityBatch.Result> results = new EntityBatch(ports, settings.claimLease(), saves, releases, type,
                context, owner).run(ids);
        if (ids.size() == 1) {
            return single(type, context, delivery, ids.get(0), results.get(ids.get(0)));
        }
        return several(type, context, results);
    }

    private SyncOutcome single(MigrationType<?> type, MigrationContext context, MessageContext delivery, String id,
                               EntityBatch.Result result) {
        Map<String, String> props = PageFanOut.props(context, "nomisId", id);
        boolean lastTry = delivery.receiveCount() >= type.queue().maxReceiveCount();
        switch (result.kind()) {
            case MIGRATED, SKIPPED:
                return new SyncOutcome.Synced(type.telemetryName() + "-migration-entities-processed", props);
            case HELD:
                if (lastTry) {
                    saves.recordFailure(type, context, id, result.reason());
                }
                props.put("claimedBy", result.heldBy());
                // wait out the other consumer's lease rather than the ladder, which would only use up deliveries
                return new SyncOutcome.RetryLater(type.telemetryName() + "-migration-entity-awaiting-claim", props,
                        result.reason(), untilAfter(result.heldUntil()));
            default:
                return saves.failed(type, context, id, result.reason(), result.permanent(), lastTry, props);
        }
    }

    private SyncOutcome several(MigrationType<?> type, MigrationContext context,
                                Map<String, EntityBatch.Result> results) {
        List<InternalMessage> requeue = new ArrayList<>();
        List<String> held = new ArrayList<>();
        Instant heldUntil = Instant.MIN;
        int migrated = 0;
        int skipped = 0;
        for (Map.Entry<String, EntityBatch.Result> e : results.entrySet()) {
            switch (e.getValue().kind()) {
                case MIGRATED -> migrated++;
                case SKIPPED -> skipped++;
                case HELD -> {
                    held.add(e.getKey());
                    heldUntil = heldUntil.isAfter(e.getValue().heldUntil()) ? heldUntil : e.getValue().heldUntil();
                }
                case FAILED -> requeue.add(entityMessage(context, List.of(e.getKey())));
            }
        }
        Map<String, String> props = PageFanOut.props(context, "migrated", Integer.toString(migrated),
                "skipped", Integer.toString(skipped), "requeued", Integer.toString(requeue.size()),
                "awaitingClaim", Integer.toString(held.size()));
        try {
            if (!requeue.isEmpty()) {
                ports.queue().sendAll(type.queue().queueName(), requeue);
            }
            if (!held.isEmpty()) {
                // the holder's own message finishes them; these come back after its lease in case it died
                ports.queue().send(type.queue().queueName(), entityMessage(context, held), untilAfter(heldUntil));
            }
        } catch (RuntimeException e) {
            // Redelivery is safe: ids finished above are mapped now (or have a mapping retry queued) and are
            // skipped; only the others are tried again.
            return new SyncOutcome.RetryLater(type.telemetryName() + "-migration-entities-requeue-failed", props,
                    "could not re-queue failed entities: " + e.getMessage());
        }
        return new SyncOutcome.Synced(type.telemetryName() + "-migration-entities-processed", props);
    }

    private Duration untilAfter(Instant until) {
        Duration wait = Duration.between(ports.clock().instant(), until).plusSeconds(1);
        return wait.isNegative() ? Duration.ZERO : wait;
    }
}
