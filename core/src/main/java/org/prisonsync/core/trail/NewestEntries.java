package org.prisonsync.core.trail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A query's answer over a store of {@link TrailGroup}s: the latest {@code limit} matching entries, oldest first, ties
 * in the order they were appended. Both stores answer through it, so they cannot differ in how.
 *
 * <p>The store hands over groups newest first (by their latest time, then by the order they were stored), a page at
 * a time, narrowed by whatever it can check on a group — any group holding a matching entry must be among them. Every
 * entry is then checked here. Reading stops once enough entries are known to outrank every group not yet read: such
 * a group's entries are no later than its latest time, which is no later than the last group read.
 */
public final class NewestEntries {
    private static final int SMALLEST_PAGE = 100;

    private NewestEntries() {
    }

    /** A stored group with the place it was stored in (larger is later). */
    public record Stored(long id, TrailGroup group) {
    }

    /** The store's side: the groups that may match, read newest first. */
    @FunctionalInterface
    public interface Pages {
        /**
         * Up to {@code size} groups that may hold an entry {@code query} matches, newest first by (latest time, id),
         * each strictly before {@code after} in that order, or from the newest when {@code after} is null.
         */
        List<Stored> read(TrailQuery query, Stored after, int size);
    }

    public static List<TrailEntry> find(TrailQuery query, Pages pages) {
        int size = Math.max(query.limit(), SMALLEST_PAGE);
        List<Found> found = new ArrayList<>();
        Stored after = null;
        while (true) {
            List<Stored> page = pages.read(query, after, size);
            for (Stored stored : page) {
                List<TrailEntry> entries = stored.group().entries();
                for (int i = 0; i < entries.size(); i++) {
                    if (query.matches(entries.get(i))) {
                        found.add(new Found(entries.get(i), stored.id(), i));
                    }
                }
            }
            if (page.size() < size) {
                break;
            }
            after = page.get(page.size() - 1);
            if (outranking(found, after) >= query.limit()) {
                break;
            }
        }
        found.sort(Found.ORDER);
        return found.subList(Math.max(0, found.size() - query.limit()), found.size()).stream()
                .map(Found::entry).toList();
    }

    /**
     * How many found entries rank above every entry of a group not yet read: later than the last group read, or as
     * late and in a group stored no earlier (an unread group as late was stored before it, so its ties rank lower).
     */
    private static long outranking(List<Found> found, Stored last) {
        Instant boundary = last.group().at();
        return found.stream().filter(f -> f.entry().at().isAfter(boundary)
                || f.entry().at().equals(boundary) && f.groupId() >= last.id()).count();
    }

    private record Found(TrailEntry entry, long groupId, int index) {
        static final Comparator<Found> ORDER = Comparator.comparing((Found f) -> f.entry().at())
                .thenComparingLong(Found::groupId).thenComparingInt(Found::index);
    }
}
