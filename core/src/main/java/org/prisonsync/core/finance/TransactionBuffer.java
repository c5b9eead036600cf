package org.prisonsync.core.finance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The transactions with a settling window open, one row per transaction id, shared by every instance. Each write is
 * one atomic conditional statement that answers whether it took effect; the window rules
 * ({@link TransactionWindows}) are built only from these, so they hold across instances on H2 and PostgreSQL alike.
 */
public interface TransactionBuffer {

    Optional<BufferedTransaction> find(long transactionId);

    /**
     * Opens generation 1 if the transaction has no row: {@code OPEN}, not dirty, leased to the opener until
     * {@code leaseUntil} (it queues the delayed sync, then {@link #scheduled}). False when a row exists.
     */
    boolean open(long transactionId, Instant openedAt, Instant leaseUntil);

    /** The opener queued the delayed sync for this generation: clears its lease. False when the row moved on. */
    boolean scheduled(long transactionId, int generation);

    /**
     * Takes over queuing the delayed sync of an {@code OPEN} generation whose opener's lease ran out by {@code now}:
     * leases it to the caller until {@code leaseUntil}. False when it was not open, not expired, or already taken.
     */
    boolean takeOverScheduling(long transactionId, int generation, Instant now, Instant leaseUntil);

    /** Gives a scheduling or sync lease back at once (a failed send or write), so a retry need not wait it out. */
    boolean releaseLease(long transactionId, int generation, Instant now);

    /** A row arrived while this generation syncs: marks it dirty. False when it is not syncing that generation. */
    boolean markDirty(long transactionId, int generation);

    /**
     * Claims this generation for its sync: from {@code OPEN}, or from {@code SYNCING} whose lease ran out by
     * {@code now}. Clears {@code dirty} (the read that follows sees every row committed before the claim) and leases
     * it until {@code leaseUntil}. False when the row is gone, newer, or syncing under a live lease.
     */
    boolean claimSync(long transactionId, int generation, Instant now, Instant leaseUntil);

    /**
     * Puts a generation whose sync stalled (still {@code SYNCING}, its lease run out by {@code now}: the syncing
     * instance died, or its sync message was dead-lettered) back to {@code OPEN}, leased to the caller until
     * {@code leaseUntil} to queue a new sync. False when it was not stalled or another caller revived it first.
     */
    boolean reviveStalled(long transactionId, int generation, Instant now, Instant leaseUntil);

    /**
     * Ends a synced generation: deletes the row if still syncing it and not dirty ({@link WindowClose#CLOSED}); if
     * dirty, opens the next generation at {@code now}, leased to the caller until {@code leaseUntil}
     * ({@link WindowClose#REOPENED}); otherwise {@link WindowClose#TAKEN_OVER}.
     */
    WindowClose finish(long transactionId, int generation, Instant now, Instant leaseUntil);

    /** Open and syncing windows, oldest first (for the status page and stuck-window checks). */
    List<BufferedTransaction> pending(int limit);
}
