package org.prisonsync.cli;

import java.util.function.Supplier;
import org.prisonsync.core.engine.PrisonSyncCore;

/**
 * Builds the core on first use, so {@code --help} and usage errors never touch a queue or a database.
 */
public final class CoreAccess {
    private final Supplier<PrisonSyncCore> factory;
    private PrisonSyncCore core;

    public CoreAccess(Supplier<PrisonSyncCore> factory) {
        this.factory = factory;
    }

    public synchronized PrisonSyncCore core() {
        if (core == null) {
            core = factory.get();
        }
        return core;
    }

    /** Whether a command has built the core (and so the database and the trail behind it). */
    public synchronized boolean built() {
        return core != null;
    }
}
