package org.prisonsync.core.trail.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.prisonsync.core.trail.EventTrail;
import org.prisonsync.core.trail.TrailEntry;
import org.prisonsync.core.trail.TrailQuery;

/** The trail as a list in append order, sorted by time when read (a stable sort keeps append order for ties). */
public final class InMemoryEventTrail implements EventTrail {
    private final List<TrailEntry> entries = new ArrayList<>();

    @Override
    public synchronized void append(List<TrailEntry> batch) {
        entries.addAll(List.copyOf(batch));
    }

    @Override
    public synchronized List<TrailEntry> find(TrailQuery query) {
        List<TrailEntry> found = entries.stream().filter(query::matches)
                .sorted((a, b) -> a.at().compareTo(b.at())).toList();
        return List.copyOf(found.subList(Math.max(0, found.size() - query.limit()), found.size()));
    }

    @Override
    public synchronized long deleteBefore(Instant cutoff) {
        int before = entries.size();
        entries.removeIf(e -> e.at().isBefore(cutoff));
        return before - entries.size();
    }

    public synchronized int size() {
        return entries.size();
    }
}
