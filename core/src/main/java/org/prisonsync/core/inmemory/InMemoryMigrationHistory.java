package org.prisonsync.core.inmemory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.prisonsync.core.migration.HistoryQuery;
import org.prisonsync.core.migration.MigrationHistory;
import org.prisonsync.core.migration.MigrationRun;
import org.prisonsync.core.migration.MigrationStatus;
import org.prisonsync.core.migration.RunStart;

/** Migration history in a map under one lock, which is what makes start's one-active-run check atomic. */
public final class InMemoryMigrationHistory implements MigrationHistory {
    private static final Comparator<MigrationRun> NEWEST_FIRST =
            Comparator.comparing(MigrationRun::whenStarted).thenComparing(MigrationRun::migrationId).reversed();

    private final Map<String, MigrationRun> runs = new LinkedHashMap<>();

    @Override
    public synchronized RunStart start(MigrationRun run) {
        if (runs.containsKey(run.migrationId())) {
            return RunStart.ID_TAKEN;
        }
        if (runs.values().stream().anyMatch(r -> r.type().equals(run.type()) && r.active())) {
            return RunStart.ANOTHER_ACTIVE;
        }
        runs.put(run.migrationId(), run);
        return RunStart.STARTED;
    }

    @Override
    public synchronized Optional<MigrationRun> find(String migrationId) {
        return Optional.ofNullable(runs.get(migrationId));
    }

    @Override
    public synchronized Optional<MigrationRun> latest(String type) {
        return runs.values().stream().filter(r -> r.type().equals(type)).min(NEWEST_FIRST);
    }

    @Override
    public synchronized List<MigrationRun> find(HistoryQuery query) {
        return runs.values().stream().filter(query::matches).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized boolean transition(String migrationId, MigrationStatus expected, MigrationRun next) {
        MigrationRun current = runs.get(migrationId);
        if (current == null || current.status() != expected) {
            return false;
        }
        runs.put(migrationId, new MigrationRun(current.migrationId(), current.type(), current.filterJson(),
                current.whenStarted(), next.whenEnded(), current.estimatedCount(), next.migratedCount(),
                next.failedCount(), next.status()));
        return true;
    }
}
