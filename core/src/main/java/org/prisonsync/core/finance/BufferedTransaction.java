package org.prisonsync.core.finance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A transaction with a window open in the buffer.
 *
 * @param generation counts the windows of this transaction still in the buffer: the delayed sync names the one it
 *                   is for, so a late or repeated one cannot close a newer window
 * @param dirty      a row event arrived while the window was syncing: the sync may have read NOMIS before that row,
 *                   so a new window follows it
 * @param leaseUntil while {@link WindowState#OPEN}: empty once the delayed sync is known queued, otherwise when an
 *                   opener that has not said so may be presumed dead; while {@link WindowState#SYNCING}: when the
 *                   syncing instance may be presumed dead
 * @param openedAt   when this window opened (the latency the grace period adds is measured from it)
 */
public record BufferedTransaction(long transactionId, int generation, WindowState state, boolean dirty,
                                  Optional<Instant> leaseUntil, Instant openedAt) {
    public BufferedTransaction {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
        Objects.requireNonNull(openedAt, "openedAt");
        if (transactionId <= 0 || generation <= 0) {
            throw new IllegalArgumentException("transaction id and generation are positive");
        }
    }

    /** Open with its delayed sync known to be queued. */
    public boolean scheduled() {
        return state == WindowState.OPEN && leaseUntil.isEmpty();
    }

    /** The lease (scheduling or syncing) has run out at {@code now}: its holder may be presumed dead. */
    public boolean leaseExpired(Instant now) {
        return leaseUntil.isPresent() && !leaseUntil.get().isAfter(now);
    }
}
