package org.prisonsync.core.migration;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.queue.DlqMessages;
import org.prisonsync.core.queue.QueueStatus;

/**
 * The operator's side of migrations, for the service's {@code /migrate/*} endpoints and the CLI alike: start,
 * preview, cancel, refresh, history, the active run, failures and the migration DLQs. Message handling is
 * {@link MigrationHandler}'s.
 */
public final class Migrations implements AutoCloseable {
    /** Upstream's migration id: the start time truncated to seconds, e.g. {@code 2020-03-24T12:00:00}. */
    private static final DateTimeFormatter ID_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final int ID_ATTEMPTS = 60;

    private final MigrationRegistry types;
    private final MigrationPorts ports;
    private final CancelPurge purge;

    public Migrations(MigrationRegistry types, MigrationPorts ports, MigrationSettings settings) {
        this.types = types;
        this.ports = ports;
        this.purge = new CancelPurge(ports, settings);
    }

    public MigrationRegistry types() {
        return types;
    }

    /** Starts a run with the filter given as JSON values (as the API receives it). */
    public StartResult start(String typeName, Map<String, Object> filterJson) {
        return startTyped(types.require(typeName), filterJson);
    }

    public <F> StartResult start(MigrationType<F> type, F filter) {
        return startTyped(type, type.filterJson(filter));
    }

    private <F> StartResult startTyped(MigrationType<F> type, Map<String, Object> json) {
        F filter = type.filterFrom(json);
        Map<String, Object> canonical = type.filterJson(filter);
        Optional<MigrationRun> latest = ports.history().latest(type.name());
        if (latest.isPresent() && latest.get().active()) {
            return new StartResult.AlreadyInProgress(latest.get().migrationId());
        }
        long estimate = type.count(filter);
        if (estimate < 0 || estimate > CommandLimits.MAX_ESTIMATED_COUNT
                || (estimate + type.pageSize() - 1) / type.pageSize() > Integer.MAX_VALUE) {
            // checked before the run is recorded, so a refused start leaves nothing active behind
            throw new IllegalArgumentException(type.name() + " estimate of " + estimate + " is more than one run can"
                    + " page through (at most " + CommandLimits.MAX_ESTIMATED_COUNT + ", and 2^31 pages of "
                    + type.pageSize() + "): refusing to start");
        }
        LocalDateTime second = LocalDateTime.now(ports.clock()).truncatedTo(ChronoUnit.SECONDS);
        for (int attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
            // Two starts within one second (of different types) would share upstream's id: take the next second.
            String migrationId = second.plusSeconds(attempt).format(ID_FORMAT);
            RunStart started = ports.history().start(MigrationRun.started(migrationId, type.name(),
                    JsonText.write(canonical), ports.clock().instant(), estimate));
            if (started == RunStart.ANOTHER_ACTIVE) {
                return new StartResult.AlreadyInProgress(
                        ports.history().latest(type.name()).map(MigrationRun::migrationId).orElse(""));
            }
            if (started == RunStart.STARTED) {
                return begin(type, migrationId, estimate, canonical);
            }
        }
        throw new IllegalStateException("no free migration id within a minute of " + second);
    }

    private StartResult begin(MigrationType<?> type, String migrationId, long estimate, Map<String, Object> filter) {
        MigrationContext context = new MigrationContext(type.name(), migrationId, estimate, filter, Map.of());
        try {
            ports.queue().send(type.queue().queueName(), context.message(MigrationMessages.MIGRATE_ENTITIES));
        } catch (RuntimeException e) {
            // Nothing was queued: close the run so that it does not block the next start.
            MigrationRun run = ports.history().find(migrationId).orElseThrow();
            ports.history().transition(migrationId, MigrationStatus.STARTED,
                    run.ended(MigrationStatus.CANCELLED, ports.clock().instant(), 0, 0));
            throw e;
        }
        Map<String, String> props = new LinkedHashMap<>();
        props.put("migrationId", migrationId);
        props.put("estimatedCount", Long.toString(estimate));
        filter.forEach((k, v) -> props.put(k, v instanceof String s ? s : JsonText.write(v)));
        ports.telemetry().track(type.telemetryName() + "-migration-started", props);
        return new StartResult.Started(context);
    }

    public <F> MigrationPreview preview(MigrationType<F> type, F filter) {
        long dlq = QueueCounts.dlqCount(ports.queueAdmin(), type.queue());
        List<String> warnings = new ArrayList<>(type.warnings(filter));
        if (dlq > 0) {
            warnings.add(dlq + " message(s) already on " + type.queue().dlqName()
                    + ": they will be counted as failures of this run unless purged or retried first");
        }
        return new MigrationPreview(type.name(), type.count(filter), dlq, warnings);
    }

    public MigrationPreview preview(String typeName, Map<String, Object> filterJson) {
        return previewTyped(types.require(typeName), filterJson);
    }

    private <F> MigrationPreview previewTyped(MigrationType<F> type, Map<String, Object> json) {
        return preview(type, type.filterFrom(json));
    }

    public CancelOutcome cancel(String migrationId) {
        Optional<MigrationRun> found = ports.history().find(migrationId);
        if (found.isEmpty()) {
            return new CancelOutcome.NotFound(migrationId);
        }
        MigrationRun run = found.get();
        if (!run.active()) {
            return new CancelOutcome.NotActive(run);
        }
        MigrationType<?> type = types.require(run.type());
        // Asking again while a cancel is under way purges and checks again: a lost CANCEL_MIGRATION is recoverable.
        if (run.status() == MigrationStatus.STARTED && !ports.history().transition(migrationId,
                MigrationStatus.STARTED, run.withStatus(MigrationStatus.CANCELLED_REQUESTED))) {
            return new CancelOutcome.NotActive(ports.history().find(migrationId).orElse(run));
        }
        MigrationRun requested = run.withStatus(MigrationStatus.CANCELLED_REQUESTED);
        Map<String, String> props = Map.of("migrationId", migrationId);
        ports.telemetry().track(type.telemetryName() + "-migration-cancel-requested", props);
        purge.purgeThenCheck(type, new MigrationContext(type.name(), migrationId, run.estimatedCount(), null, null));
        return new CancelOutcome.Requested(requested);
    }

    public RefreshOutcome refresh(String migrationId) {
        Optional<MigrationRun> found = ports.history().find(migrationId);
        if (found.isEmpty()) {
            return new RefreshOutcome.NotFound(migrationId);
        }
        MigrationRun run = found.get();
        if (run.status() != MigrationStatus.COMPLETED) {
            return new RefreshOutcome.NotCompleted(run);
        }
        MigrationType<?> type = types.require(run.type());
        MigrationRun refreshed = run.withCounts(ports.mappings().countByLabel(type.entityType(), migrationId),
                QueueCounts.dlqCount(ports.queueAdmin(), type.queue()));
        ports.history().transition(migrationId, MigrationStatus.COMPLETED, refreshed);
        return new RefreshOutcome.Refreshed(refreshed);
    }

    public List<MigrationRun> history(HistoryQuery query) {
        return ports.history().find(query);
    }

    public Optional<MigrationRun> run(String migrationId) {
        return ports.history().find(migrationId);
    }

    /** The type's latest run if it is still active, with live counts. */
    public Optional<InProgressMigration> active(String typeName) {
        MigrationType<?> type = types.require(typeName);
        Optional<MigrationRun> latest = ports.history().latest(type.name()).filter(MigrationRun::active);
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        MigrationRun run = latest.get();
        QueueStatus queue = QueueCounts.of(ports.queueAdmin(), type.queue());
        return Optional.of(new InProgressMigration(run.migrationId(), run.whenStarted(), run.estimatedCount(),
                ports.mappings().countByLabel(type.entityType(), run.migrationId()), queue.messagesOnQueue(),
                queue.messagesInFlight(), queue.messagesOnDlq(), type.name(), run.status()));
    }

    /**
     * The entities the run gave up on, with their last reason; an entity migrated since (say after a DLQ retry) is
     * left out, so the list always answers "what is still missing".
     */
    public List<MigrationFailure> failures(String migrationId) {
        Optional<MigrationRun> run = ports.history().find(migrationId);
        if (run.isEmpty()) {
            return List.of();
        }
        MigrationType<?> type = types.require(run.get().type());
        return ports.failures().list(migrationId).stream()
                .filter(f -> ports.mappings().findByNomisId(type.entityType(), f.entityId()).isEmpty())
                .toList();
    }

    public DlqMessages readDlq(String typeName, int maxMessages) {
        return ports.queueAdmin().readDlq(types.require(typeName).queue().dlqName(), maxMessages);
    }

    public long dlqCount(String typeName) {
        return QueueCounts.dlqCount(ports.queueAdmin(), types.require(typeName).queue());
    }

    public int purgeDlq(String typeName) {
        return ports.queueAdmin().purge(types.require(typeName).queue().dlqName());
    }

    /** Moves the type's dead letters back onto its queue (entities already mapped are skipped when they arrive). */
    public int retryDlq(String typeName) {
        return ports.queueAdmin().retryDlq(types.require(typeName).queue().dlqName());
    }

    @Override
    public void close() {
        purge.close();
    }
}
