package org.prisonsync.cli;

import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Supplier;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.mapping.MappingStore;
import org.prisonsync.core.migration.MigrationHistory;

/**
 * Builds the core on first use, so {@code --help} and usage errors never touch a queue or a database; and reaches the
 * stores a read-only command needs (mappings, migration runs) and the entity types the domains map (their
 * declarations) on their own, so such a command opens the database without building the core (every domain's
 * adapters, the engine) behind it.
 */
public final class CoreAccess {
    private final Supplier<PrisonSyncCore> factory;
    private final Supplier<MappingStore> mappings;
    private final Supplier<MigrationHistory> migrationHistory;
    private final Supplier<SortedSet<String>> mappedEntityTypes;
    private PrisonSyncCore core;

    /** Access where every store is reached through the core (tests, embedding). */
    public CoreAccess(Supplier<PrisonSyncCore> factory) {
        this.factory = factory;
        this.mappings = () -> core().mappings();
        this.migrationHistory = null;
        this.mappedEntityTypes = () -> core().routes().mappedEntityTypes();
    }

    /**
     * Access with ways to the stores that do not build the core; they must reach the same stores the core reads and
     * writes (the CLI's component provides them and the core from one database).
     */
    public CoreAccess(Supplier<PrisonSyncCore> factory, Supplier<MappingStore> mappings,
                      Supplier<MigrationHistory> migrationHistory) {
        this(factory, mappings, migrationHistory, null);
    }

    /**
     * Access that also knows the mapped entity types without the core ({@code mappedEntityTypes}: the domains'
     * declarations, which the core refuses to start without matching what the domains register); {@code null} asks
     * the core.
     */
    public CoreAccess(Supplier<PrisonSyncCore> factory, Supplier<MappingStore> mappings,
                      Supplier<MigrationHistory> migrationHistory, Supplier<SortedSet<String>> mappedEntityTypes) {
        this.factory = factory;
        this.mappings = mappings;
        this.migrationHistory = migrationHistory;
        this.mappedEntityTypes = mappedEntityTypes != null ? mappedEntityTypes
                : () -> core().routes().mappedEntityTypes();
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

    /** The entity types whose mappings the domains save, sorted: what {@code mapping show} looks under without a type. */
    public SortedSet<String> mappedEntityTypes() {
        return mappedEntityTypes.get();
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
