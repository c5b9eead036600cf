package org.prisonsync.core.prisoners.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.prisonsync.core.prisoners.ActivePrisoner;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.ActivePrisonersPage;

/**
 * Active prisoners in memory, paged in prisoner number order. A page is a slice of a sorted list kept until the next
 * change, so paging through 100,000 prisoners costs one sort, not one copy per page.
 */
public final class InMemoryActivePrisoners implements ActivePrisoners {
    private final Map<String, Long> bookings = new TreeMap<>();
    private List<ActivePrisoner> sorted;

    /** A prisoner whose booking this list does not know. */
    public synchronized void add(String prisonerNumber) {
        bookings.putIfAbsent(prisonerNumber, null);
        sorted = null;
    }

    public synchronized void add(String prisonerNumber, long bookingId) {
        bookings.put(prisonerNumber, bookingId);
        sorted = null;
    }

    public synchronized void remove(String prisonerNumber) {
        bookings.remove(prisonerNumber);
        sorted = null;
    }

    @Override
    public synchronized ActivePrisonersPage page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        if (sorted == null) {
            List<ActivePrisoner> all = new ArrayList<>(bookings.size());
            bookings.forEach((number, booking) -> all.add(new ActivePrisoner(number, booking)));
            sorted = List.copyOf(all);
        }
        long from = (long) page * size;
        if (from >= sorted.size()) {
            return new ActivePrisonersPage(List.of(), sorted.size());
        }
        return new ActivePrisonersPage(sorted.subList((int) from, (int) Math.min(sorted.size(), from + size)),
                sorted.size());
    }
}
