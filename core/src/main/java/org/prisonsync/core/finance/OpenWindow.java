package org.prisonsync.core.finance;

import java.time.Instant;

/**
 * An open window as operators see it (answers and pages): {@code leaseUntil} null once its sync is queued.
 */
public record OpenWindow(long transactionId, int generation, WindowState state, boolean rowsArrivedWhileSyncing,
                         Instant leaseUntil, Instant openedAt) {
    static OpenWindow of(BufferedTransaction row) {
        return new OpenWindow(row.transactionId(), row.generation(), row.state(), row.dirty(),
                row.leaseUntil().orElse(null), row.openedAt());
    }
}
