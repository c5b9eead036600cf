package org.prisonsync.core.finance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.message.InternalMessage;
import org.prisonsync.core.queue.MessageQueue;

/**
 * The settling-window rules, built only from the buffer's atomic conditional writes, so that any number of
 * instances, redeliveries and a crash between any two steps give: every row event either lands in a window whose
 * sync reads NOMIS after the row was written, or opens or dirties one that will; and one sync per window.
 *
 * <p>Why each rule holds: NOMIS commits a row before it raises the row's event, so an event that finds its
 * transaction {@code OPEN} is covered by the sync still to come (that sync claims the row, then reads). An event that
 * finds it {@code SYNCING} cannot know whether the read saw its row, so it marks the window dirty and the sync, when
 * it finishes, opens the next generation instead of deleting the row. A window is only ever left without a queued
 * delayed sync while someone holds its lease; when the lease runs out (the holder died), the next event or sync
 * message for it queues the sync itself.
 *
 * <p>Inside one instance, an event that finds its window being opened or reopened by another worker of the same
 * instance waits for that worker (a few milliseconds: one SQS send) and reads again, rather than going back to the
 * queue as {@link Effect#WAIT}: a burst's rows arrive together on all workers, and each retry is a visibility change
 * the queue pays for (ElasticMQ re-sorts its whole queue for one). Across instances the rules above are unchanged.
 */
public final class TransactionWindows {
    public static final String PERFORM_TRANSACTION_SYNC = "PERFORM_TRANSACTION_SYNC";
    /** Each arrival step is a single statement; a row that changes between two of them is simply read again. */
    private static final int MAX_ROUNDS = 8;
    /** How soon an event that found the window's sync being queued looks again. */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    /** What one row event did to its transaction's window. */
    public enum Effect {
        /** Opened the window and queued the window's delayed sync. */
        OPENED,
        /** The window was open with its sync queued: the sync will read this row. */
        ABSORBED,
        /** The window was syncing: marked dirty, so the next generation will read this row. */
        NEXT_WINDOW,
        /** The opener of the window had died before queuing its sync: this event queued it. */
        RESCHEDULED,
        /**
         * The window's sync had stalled (the syncing instance died, or its message was dead-lettered): this event
         * opened it again and queued a new sync.
         */
        REVIVED,
        /**
         * Another instance is queuing the window's sync right now: acknowledge this event only once that is known
         * done (were the other instance to die, this event must still be able to queue it).
         */
        WAIT
    }

    /** The effect, the generation it concerned, and for {@link Effect#WAIT} how long at least to wait first. */
    public record Arrival(Effect effect, int generation, Duration atLeast) {
        static Arrival of(Effect effect, int generation) {
            return new Arrival(effect, generation, Duration.ZERO);
        }
    }

    private final TransactionBuffer buffer;
    private final MessageQueue queue;
    private final Clock clock;
    private final FinanceSettings settings;
    /** Windows a worker of this instance is opening or reopening right now, released once its sync is queued. */
    private final ConcurrentMap<Long, CountDownLatch> localScheduling = new ConcurrentHashMap<>();

    public TransactionWindows(TransactionBuffer buffer, MessageQueue queue, Clock clock, FinanceSettings settings) {
        this.buffer = buffer;
        this.queue = queue;
        this.clock = clock;
        this.settings = settings;
    }

    public FinanceSettings settings() {
        return settings;
    }

    /** A row event of {@code transactionId} arrived on {@code queueName} (where its delayed sync goes too). */
    public Arrival arrive(long transactionId, String queueName) {
        return arrive(transactionId, queueName, false);
    }

    /**
     * As {@link #arrive(long, String)}; {@code waitedBefore}: this event already waited for the window's opener once,
     * so if the opener has still not queued the sync it is probably dead, and the event waits out its lease.
     */
    public Arrival arrive(long transactionId, String queueName, boolean waitedBefore) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = clock.instant();
            Optional<BufferedTransaction> found = buffer.find(transactionId);
            if (found.isEmpty()) {
                Optional<Arrival> opened = whileScheduling(transactionId, () -> {
                    Instant at = clock.instant();
                    if (buffer.open(transactionId, at, at.plus(settings.scheduleLease()))) {
                        schedule(transactionId, 1, queueName);
                        return Optional.of(Arrival.of(Effect.OPENED, 1));
                    }
                    return Optional.empty();
                });
                if (opened.isPresent()) {
                    return opened.get();
                }
                continue;
            }
            BufferedTransaction row = found.get();
            if (row.state() == WindowState.SYNCING) {
                if (row.leaseExpired(now)) {
                    if (buffer.reviveStalled(transactionId, row.generation(), now,
                            now.plus(settings.scheduleLease()))) {
                        schedule(transactionId, row.generation(), queueName);
                        return Arrival.of(Effect.REVIVED, row.generation());
                    }
                    continue;
                }
                // dirty already: only a new claim clears it, and that claim's read comes after this row's commit
                if (row.dirty() || buffer.markDirty(transactionId, row.generation())) {
                    return Arrival.of(Effect.NEXT_WINDOW, row.generation());
                }
                continue;
            }
            if (row.scheduled()) {
                return Arrival.of(Effect.ABSORBED, row.generation());
            }
            if (!row.leaseExpired(now) && awaitLocalScheduling(transactionId)) {
                // a worker of this instance held the lease and has finished queuing (or failed to): read again
                continue;
            }
            if (!row.leaseExpired(now)) {
                // the opener is normally a few milliseconds from saying it queued the sync: look again soon
                Duration left = Duration.between(now, row.leaseUntil().orElseThrow());
                return new Arrival(Effect.WAIT, row.generation(),
                        waitedBefore || left.compareTo(RECHECK) < 0 ? left : RECHECK);
            }
            if (buffer.takeOverScheduling(transactionId, row.generation(), now,
                    now.plus(settings.scheduleLease()))) {
                schedule(transactionId, row.generation(), queueName);
                return Arrival.of(Effect.RESCHEDULED, row.generation());
            }
        }
        // the row changed under every read: busy beyond reason; retrying the event is always safe
        throw new UpstreamUnavailable("transaction " + transactionId + " changed under " + MAX_ROUNDS + " reads");
    }

    /**
     * Queues the delayed sync of a generation the caller holds the scheduling lease of, then says so. A send that
     * fails gives the lease back, so the retried event (or any later one) queues it at once.
     */
    public void schedule(long transactionId, int generation, String queueName) {
        try {
            queue.send(queueName, performMessage(transactionId, generation), settings.gracePeriod());
        } catch (UpstreamUnavailable e) {
            buffer.releaseLease(transactionId, generation, clock.instant());
            throw e;
        }
        buffer.scheduled(transactionId, generation);
    }

    /**
     * Runs {@code work}, which may open or reopen the transaction's window and queue its sync, while this instance's
     * other arrivals for the transaction wait for it instead of retrying; one already in progress here is waited for
     * first ({@code work} then sees the row it left). Returns what {@code work} returned.
     */
    <T> T whileScheduling(long transactionId, Supplier<T> work) {
        CountDownLatch mine = new CountDownLatch(1);
        CountDownLatch other;
        while ((other = localScheduling.putIfAbsent(transactionId, mine)) != null) {
            if (!await(other)) {
                // still not done after a recheck: go ahead; the buffer's conditional writes keep this safe
                return work.get();
            }
        }
        try {
            return work.get();
        } finally {
            localScheduling.remove(transactionId, mine);
            mine.countDown();
        }
    }

    /** Whether a worker of this instance was scheduling the window and finished within a recheck. */
    private boolean awaitLocalScheduling(long transactionId) {
        CountDownLatch local = localScheduling.get(transactionId);
        return local != null && await(local);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static InternalMessage performMessage(long transactionId, int generation) {
        return new InternalMessage(PERFORM_TRANSACTION_SYNC, Map.of("transactionId", Long.toString(transactionId),
                "generation", Integer.toString(generation)));
    }

    TransactionBuffer buffer() {
        return buffer;
    }

    Clock clock() {
        return clock;
    }
}
