package org.prisonsync.core.trail.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.NewestEntries;
import org.prisonsync.core.trail.NewestEntries.Stored;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailGroup;
import org.prisonsync.core.trail.TrailQuery;

/**
 * The trail as a list of groups in append order, packed as the database packs them ({@link TrailGroup#of}) so that
 * both forget a sync's entries together, and read through the same {@link NewestEntries}.
 */
public final class InMemoryEventTrail implements EventTrail {
    private static final Comparator<Stored> NEWEST_FIRST = Comparator.comparing((Stored s) -> s.group().at())
            .thenComparingLong(Stored::id).reversed();
    private final List<Stored> groups = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized void append(List<TrailEntry> batch) {
        for (TrailGroup group : TrailGroup.of(List.copyOf(batch))) {
            groups.add(new Stored(nextId++, group));
        }
    }

    @Override
    public synchronized List<TrailEntry> find(TrailQuery query) {
        List<Stored> newestFirst = groups.stream().sorted(NEWEST_FIRST).toList();
        return NewestEntries.find(query, (q, after, size) -> newestFirst.stream()
                .filter(s -> after == null || NEWEST_FIRST.compare(s, after) > 0).limit(size).toList());
    }

    @Override
    public synchronized long deleteBefore(Instant cutoff) {
        long before = size();
        groups.removeIf(s -> s.group().at().isBefore(cutoff));
        return before - size();
    }

    /** How many entries it holds. */
    public synchronized int size() {
        return groups.stream().mapToInt(s -> s.group().size()).sum();
    }
}
