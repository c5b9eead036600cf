package org.prisonsync.core.inmemory;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prisonsync.core.migration.MigrationFailure;
import org.prisonsync.core.migration.MigrationFailures;

/** Migration failures keyed by (migration id, entity id); the latest reason wins. */
public final class InMemoryMigrationFailures implements MigrationFailures {
    private final Map<String, Map<String, MigrationFailure>> byMigration = new TreeMap<>();

    @Override
    public synchronized void record(MigrationFailure failure) {
        byMigration.computeIfAbsent(failure.migrationId(), k -> new TreeMap<>()).put(failure.entityId(), failure);
    }

    @Override
    public synchronized List<MigrationFailure> list(String migrationId) {
        return List.copyOf(byMigration.getOrDefault(migrationId, Map.of()).values());
    }
}
