package org.prisonsync.cli;

import java.util.function.Supplier;
import org.prisonsync.core.engine.PrisonSyncCore;
import org.prisonsync.core.mapping.MappingStore;

/**
 * Builds the core on first use, so {@code --help} and usage errors never touch a queue or a database; and reaches the
 * mapping store on its own, so a command that only reads mappings opens the database without building the core
 * (every domain's adapters, the engine) behind it.
 */
public final class CoreAccess {
    private final Supplier<PrisonSyncCore> factory;
    private final Supplier<MappingStore> mappings;
    private PrisonSyncCore core;

    /** Access where the mapping store is the core's own (tests, embedding). */
    public CoreAccess(Supplier<PrisonSyncCore> factory) {
        this.factory = factory;
        this.mappings = () -> core().mappings();
    }

    /**
     * Access with a way to the mapping store that does not build the core; it must reach the same store the core
     * reads and writes (the CLI's component provides both from one database).
     */
    public CoreAccess(Supplier<PrisonSyncCore> factory, Supplier<MappingStore> mappings) {
        this.factory = factory;
        this.mappings = mappings;
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

    /** Whether a command has built the core (and so the database and the trail behind it). */
    public synchronized boolean built() {
        return core != null;
    }
}
