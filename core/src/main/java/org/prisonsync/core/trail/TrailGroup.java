package org.prisonsync.core.trail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.prisonsync.core.telemetry.SyncStep;

/**
 * Entries a store keeps as one: a sync's steps packed with the entry they led to, or one entry alone.
 *
 * <p>Why: written one row each, a create's five steps and its outcome were 57 % of the sync's database time and 83 %
 * of the WAL it wrote, every row carrying five index entries (docs/benchmarks.md, "Where PostgreSQL's share goes").
 * A step shares its outcome's domain, prisoner, booking and ids by construction ({@link TrailEntry#steps}), so only
 * its name, time and own facts need keeping. Packing is only how entries are stored: a group unpacks to exactly the
 * entries appended ({@link #of} packs a step only when it does), so every reader answers what it answered before.
 *
 * <p>{@link #at()}, the last entry's time, is the group's latest: a step is packed only when it is no later than its
 * outcome, and no more than {@link #MAX_SPAN} earlier, so a reader can bound a time window over groups.
 *
 * @param last  the entry the steps led to (or the lone entry)
 * @param steps the steps packed with it, in the order they were appended
 */
public record TrailGroup(TrailEntry last, List<SyncStep> steps) {
    /** The longest a packed step may precede its outcome: one delivery's work, with room for slow upstreams. */
    public static final Duration MAX_SPAN = Duration.ofHours(1);

    public TrailGroup {
        Objects.requireNonNull(last, "last");
        steps = List.copyOf(steps);
    }

    /** A lone entry. */
    public static TrailGroup alone(TrailEntry entry) {
        return new TrailGroup(entry, List.of());
    }

    /**
     * The appended entries as groups, in order: each run of steps is packed with the entry right after it when every
     * one of them is a step of that entry that unpacks to itself, in time; otherwise each stays alone.
     */
    public static List<TrailGroup> of(List<TrailEntry> appended) {
        List<TrailGroup> groups = new ArrayList<>();
        List<TrailEntry> run = new ArrayList<>();
        for (TrailEntry entry : appended) {
            if (entry.stepOf() != null) {
                run.add(entry);
                continue;
            }
            List<SyncStep> packed = packable(run, entry);
            if (packed == null) {
                run.forEach(step -> groups.add(alone(step)));
                groups.add(alone(entry));
            } else {
                groups.add(new TrailGroup(entry, packed));
            }
            run.clear();
        }
        run.forEach(step -> groups.add(alone(step)));
        return groups;
    }

    private static List<SyncStep> packable(List<TrailEntry> run, TrailEntry outcome) {
        List<SyncStep> packed = new ArrayList<>(run.size());
        for (TrailEntry entry : run) {
            SyncStep step = entry.asStep();
            boolean inTime = !entry.at().isAfter(outcome.at())
                    && !entry.at().isBefore(outcome.at().minus(MAX_SPAN));
            if (!inTime || !outcome.step(step).equals(entry)) {
                return null;
            }
            packed.add(step);
        }
        return packed;
    }

    /** The entries it holds, as appended: the steps, then the entry they led to. */
    public List<TrailEntry> entries() {
        List<TrailEntry> entries = new ArrayList<>(steps.size() + 1);
        steps.forEach(step -> entries.add(last.step(step)));
        entries.add(last);
        return entries;
    }

    /** How many entries it holds. */
    public int size() {
        return steps.size() + 1;
    }

    /** Its latest time: the last entry's. */
    public Instant at() {
        return last.at();
    }

    /** Its earliest time. */
    public Instant firstAt() {
        Instant first = last.at();
        for (SyncStep step : steps) {
            if (step.at().isBefore(first)) {
                first = step.at();
            }
        }
        return first;
    }
}
