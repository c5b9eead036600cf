package org.prisonsync.simulator.store;

import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.simulator.SimulatorSettings;

/**
 * The ids a simulated system hands out for new entities: from {@code idBase + 1} (see
 * {@link SimulatorSettings#idBase}), so a fresh id base never reuses an id an earlier run left in a kept mapping
 * database, and from 1 when the base is 0, the same on every start, as tests want. Thread-safe.
 */
public final class IdSequence {
    private final AtomicLong last;

    private IdSequence(long base) {
        if (base < 0) {
            throw new IllegalArgumentException("id base must not be negative, was " + base);
        }
        this.last = new AtomicLong(base);
    }

    /** Ids from the settings' id base. */
    public static IdSequence from(SimulatorSettings settings) {
        return new IdSequence(settings.idBase());
    }

    /** Ids from {@code base + 1}. */
    public static IdSequence after(long base) {
        return new IdSequence(base);
    }

    public long next() {
        return last.incrementAndGet();
    }
}
