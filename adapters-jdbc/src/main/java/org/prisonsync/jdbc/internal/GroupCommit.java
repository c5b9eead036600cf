package org.prisonsync.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Group commit for calls that each need a short transaction: callers on many threads submit one item each and wait;
 * whoever finds a free leader slot takes everything queued (up to {@code maxBatch}) and runs it as one batch (one
 * transaction, one commit) on its own thread. With {@code leaders} slots, that many batches run at once, so a batch
 * forms while another waits for its commit: under load the batches grow by themselves, and a lone caller pays
 * nothing but the queue.
 *
 * <p>The batch function returns one result per item, in order. If a batch of several fails, each of its items is
 * run alone, so one bad item fails only its own caller — unless {@code sharedFailure} says the failure would strike
 * any batch (the database is unreachable): then every caller gets it at once rather than after one wait per item.
 */
public final class GroupCommit<I, O> {
    private static final long SAFETY_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final ConcurrentLinkedQueue<Pending<I, O>> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore leaders;
    private final int maxBatch;
    private final Function<List<I>, List<O>> batch;
    private final Predicate<RuntimeException> sharedFailure;

    public GroupCommit(int leaders, int maxBatch, Function<List<I>, List<O>> batch,
                Predicate<RuntimeException> sharedFailure) {
        if (leaders < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("leaders and maxBatch must be positive");
        }
        this.leaders = new Semaphore(leaders);
        this.maxBatch = maxBatch;
        this.batch = Objects.requireNonNull(batch, "batch");
        this.sharedFailure = Objects.requireNonNull(sharedFailure, "sharedFailure");
    }

    /** Runs {@code item} in some batch and returns its result, or throws what its batch (or it alone) threw. */
    public O submit(I item) {
        Pending<I, O> mine = new Pending<>(item, Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (leaders.tryAcquire()) {
                try {
                    lead();
                } finally {
                    leaders.release();
                }
                // Whoever queued while this batch ran may have found every slot taken: wake the oldest to lead.
                // (It queued before trying a slot, and this slot was released before looking: one of the two sees
                // the other.)
                Pending<I, O> next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.waiter);
                }
            } else {
                // Woken by the leader that ran this item, or by one that freed a slot; the timeout is a safety net.
                LockSupport.parkNanos(this, SAFETY_PARK_NANOS);
                // An interrupt cannot take the item back (a batch may be writing it): wait on, without spinning,
                // and hand the interrupt back afterwards.
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.result;
    }

    private void lead() {
        List<Pending<I, O>> taken = new ArrayList<>();
        for (Pending<I, O> next; taken.size() < maxBatch && (next = queue.poll()) != null; ) {
            taken.add(next);
        }
        if (taken.isEmpty()) {
            return;
        }
        try {
            List<O> results = batch.apply(taken.stream().map(p -> p.item).toList());
            if (results.size() != taken.size()) {
                throw new IllegalStateException("a batch of " + taken.size() + " returned " + results.size());
            }
            for (int i = 0; i < taken.size(); i++) {
                taken.get(i).succeed(results.get(i));
            }
        } catch (RuntimeException failure) {
            if (taken.size() == 1 || sharedFailure.test(failure)) {
                taken.forEach(pending -> pending.fail(failure));
                return;
            }
            for (Pending<I, O> alone : taken) {
                try {
                    alone.succeed(batch.apply(List.of(alone.item)).get(0));
                } catch (RuntimeException own) {
                    alone.fail(own);
                }
            }
        } catch (Error error) {
            for (Pending<I, O> pending : taken) {
                if (!pending.done) {
                    pending.fail(new IllegalStateException("the batch ended with " + error, error));
                }
            }
            throw error;
        }
    }

    private static final class Pending<I, O> {
        final I item;
        final Thread waiter;
        O result;
        RuntimeException failure;
        /** Written last (after the result or failure), read first: the volatile write publishes both. */
        volatile boolean done;

        Pending(I item, Thread waiter) {
            this.item = item;
            this.waiter = waiter;
        }

        void succeed(O value) {
            result = value;
            done = true;
            LockSupport.unpark(waiter);
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
            LockSupport.unpark(waiter);
        }
    }
}
