package org.prisonsync.core.trail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.prisonsync.core.telemetry.SyncStep;
import org.prisonsync.core.telemetry.Telemetry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telemetry that feeds the event trail without slowing the sync: {@link #track} only puts the entry on a bounded
 * queue (a full queue drops and counts it — a sync must never wait for its audit), and one writer thread appends what
 * has gathered in batches, at least every flush interval. A failing store costs the batch, which is counted and
 * logged, never the sync. The writer also forgets entries older than the retention, once an hour.
 *
 * <p>It is the one sink that {@link #keepsSteps keeps a sync's steps}: each {@link #outcome} is written with its
 * steps as one item of the queue, so they reach the store side by side and the store keeps them as one
 * ({@link TrailGroup}). A step goes where its outcome goes: an outcome the settings leave out takes its steps with it
 * (a migrated entity's, by default), and a step whose own name is left out ({@code received}...) is dropped alone.
 */
public final class TrailTelemetry implements Telemetry, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TrailTelemetry.class);
    private static final Duration SWEEP_EVERY = Duration.ofHours(1);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);
    /** How long the writer waits after an entry for more to share its transaction; the trail lags by at most this. */
    private static final Duration LINGER = Duration.ofMillis(20);

    private final EventTrail trail;
    private final Clock clock;
    private final TrailSettings settings;
    /** A sync's entries (its steps, then its outcome) or one event, each one place: they are written side by side. */
    private final BlockingQueue<List<TrailEntry>> pending;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closing;
    private volatile boolean recording = true;
    private Instant nextSweep;
    private Instant nextWarning = Instant.MIN;

    private TrailTelemetry(EventTrail trail, Clock clock, TrailSettings settings) {
        this.trail = trail;
        this.clock = clock;
        this.settings = settings;
        this.pending = new ArrayBlockingQueue<>(settings.capacity());
        this.nextSweep = clock.instant();
        this.writer = new Thread(this::write, "event-trail-writer");
        writer.setDaemon(true);
    }

    /** A trail fed from now on (its writer started), or one that keeps nothing when the settings turn it off. */
    public static TrailTelemetry start(EventTrail trail, Clock clock, TrailSettings settings) {
        TrailTelemetry telemetry = new TrailTelemetry(trail, clock, settings);
        if (settings.enabled()) {
            telemetry.writer.start();
        }
        return telemetry;
    }

    /** What it was started with. */
    public TrailSettings settings() {
        return settings;
    }

    @Override
    public void track(String event, Map<String, String> properties) {
        if (!takes(event)) {
            return;
        }
        try {
            offer(List.of(TrailEntry.of(event, properties, clock.instant())));
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
        }
    }

    /** Writes the outcome with its steps, one item; an outcome whose steps are all left out by name, as any event. */
    @Override
    public void outcome(String event, Map<String, String> properties, List<SyncStep> steps) {
        if (!takes(event)) {
            return;
        }
        try {
            List<TrailEntry> entries = new ArrayList<>(steps.size() + 1);
            for (TrailEntry step : TrailEntry.steps(event, properties, steps)) {
                if (!settings.leavesOut(step.event())) {
                    entries.add(step);
                }
            }
            entries.add(TrailEntry.of(event, properties, clock.instant()));
            offer(List.copyOf(entries));
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
        }
    }

    @Override
    public boolean keepsSteps() {
        return settings.enabled();
    }

    /** Whether an event of that name is written now (the trail on, taking entries, and the event not left out). */
    private boolean takes(String event) {
        return settings.enabled() && !closing && recording && !settings.leavesOut(event);
    }

    private void offer(List<TrailEntry> entries) {
        if (pending.offer(entries)) {
            accepted.addAndGet(entries.size());
        } else {
            dropped.addAndGet(entries.size());
        }
    }

    /**
     * Stops or resumes taking entries without stopping the writer: what a benchmark uses to measure the sync with and
     * without the trail in one run, on one warmed-up process. A trail turned off by its settings stays off.
     */
    public void recording(boolean on) {
        recording = on;
    }

    /** Waits until every entry accepted so far has been written (or failed), for at most {@code timeout}. */
    public boolean awaitWritten(Duration timeout) throws InterruptedException {
        long target = accepted.get();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (written.get() + failed.get() < target) {
            if (System.nanoTime() > deadline || !writer.isAlive()) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(5);
        }
        return true;
    }

    public TrailStats stats() {
        return new TrailStats(settings.enabled(), written.get(), dropped.get(), failed.get(), pending.size());
    }

    /** Stops taking entries, writes what waits (for up to five seconds), and stops the writer. */
    @Override
    public void close() {
        closing = true;
        if (!writer.isAlive()) {
            return;
        }
        try {
            writer.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write() {
        List<TrailEntry> batch = new ArrayList<>(settings.batchSize());
        while (true) {
            List<TrailEntry> first;
            try {
                first = pending.poll(settings.flushInterval().toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first != null) {
                batch.addAll(first);
                boolean interrupted = gatherFor(batch, LINGER);
                append(batch);
                if (interrupted) {
                    break;
                }
            } else if (closing) {
                break;
            }
            sweepWhenDue();
        }
        while (drainInto(batch) > 0) {
            append(batch);
        }
    }

    /** Moves what waits into the batch until it holds a batch's worth (a sync's are never split); counts the moves. */
    private int drainInto(List<TrailEntry> batch) {
        int moved = 0;
        while (batch.size() < settings.batchSize()) {
            List<TrailEntry> next = pending.poll();
            if (next == null) {
                break;
            }
            batch.addAll(next);
            moved++;
        }
        return moved;
    }

    /**
     * Adds what else arrives within {@code linger} of the first entry, up to a batch: under load a sync's steps and
     * outcome arrive a few at a time, and writing each few as its own transaction cost the database a round trip
     * and a commit per handful (the movements benchmark saw batches of under three entries). Returns true when
     * interrupted.
     */
    private boolean gatherFor(List<TrailEntry> batch, Duration linger) {
        long until = System.nanoTime() + linger.toNanos();
        drainInto(batch);
        while (batch.size() < settings.batchSize() && !closing) {
            long left = until - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                List<TrailEntry> next = pending.poll(left, TimeUnit.NANOSECONDS);
                if (next == null) {
                    return false;
                }
                batch.addAll(next);
            } catch (InterruptedException e) {
                return true;
            }
            drainInto(batch);
        }
        return false;
    }

    private void append(List<TrailEntry> batch) {
        try {
            trail.append(batch);
            written.addAndGet(batch.size());
        } catch (RuntimeException e) {
            failed.addAndGet(batch.size());
            warn("could not write " + batch.size() + " trail entries: " + e.getMessage());
        } finally {
            batch.clear();
        }
    }

    private void sweepWhenDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextSweep)) {
            return;
        }
        nextSweep = now.plus(SWEEP_EVERY);
        try {
            long forgotten = trail.deleteBefore(now.minus(settings.retention()));
            if (forgotten > 0) {
                LOG.info("event trail: forgot {} entries older than {}", forgotten, settings.retention());
            }
        } catch (RuntimeException e) {
            warn("could not forget old trail entries: " + e.getMessage());
            LOG.debug("forgetting old trail entries failed", e);
        }
    }

    /** At most one warning a minute: a store that is down must not flood the log it is itself reported in. */
    private void warn(String message) {
        Instant now = clock.instant();
        if (!now.isBefore(nextWarning)) {
            nextWarning = now.plus(WARN_EVERY);
            LOG.warn("event trail: {} (failed so far: {}, dropped: {})", message, failed.get(), dropped.get());
        }
    }

    /**
     * The writer's counts: entries written, dropped (queue full), failed (store refused), and the places taken in the
     * queue (an event, or a sync's steps with its outcome).
     */
    public record TrailStats(boolean enabled, long written, long dropped, long failed, int waiting) {
    }

}
