package org.prisonsync.cli;

import java.util.Optional;
import java.util.function.Supplier;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.migration.MigrationHistory;

/**
 * Builds the core on first use, so {@code --help} and usage errors never touch a queue or a database; and reaches the
 * stores a read-only command needs (mappings, migration runs) on their own, so such a command opens the database
 * without building the core (every domain's adapters, the engine) behind it.
 */
public final class CoreAccess {
    private final Supplier<PrisonSyncCore> factory;
    private final Supplier<MappingStore> mappings;
    private final Supplier<MigrationHistory> migrationHistory;
    private PrisonSyncCore core;

    /** Access where every store is reached through the core (tests, embedding). */
    public CoreAccess(Supplier<PrisonSyncCore> factory) {
        this.factory = factory;
        this.mappings = () -> core().mappings();
        this.migrationHistory = null;
    }

    /**
     * Access with ways to the stores that do not build the core; they must reach the same stores the core reads and
     * writes (the CLI's component provides them and the core from one database).
     */
    public CoreAccess(Supplier<PrisonSyncCore> factory, Supplier<MappingStore> mappings,
                      Supplier<MigrationHistory> migrationHistory) {
        this.factory = factory;
        this.mappings = mappings;
        this.migrationHistory = migrationHistory;
    }

    public synchronized PrisonSyncCore core() {
        if (core == null) {
            core = factory.get();
        }
        return core;
    }

    /** The mapping store, read without building the core unless a command already has. */
    public MappingStore mappings() {
        synchronized (this) {
            if (core != null) {
                return core.mappings();
            }
        }
        return mappings.get();
    }

    /** The migration runs' store on its own; empty when this access reaches the stores only through the core. */
    public Optional<MigrationHistory> migrationHistory() {
        return Optional.ofNullable(migrationHistory).map(Supplier::get);
    }

    /** Whether a command has built the core (and so the database and the trail behind it). */
    public synchronized boolean built() {
        return core != null;
    }
}
