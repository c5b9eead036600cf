package org.prisonsync.core.inmemory;

import java.util.List;
import java.util.TreeSet;
import org.prisonsync.core.alerts.ActivePrisoners;
import org.prisonsync.core.alerts.ActivePrisonersPage;

/** Active prisoner numbers in memory, paged in prisoner number order. */
public final class InMemoryActivePrisoners implements ActivePrisoners {
    private final TreeSet<String> prisoners = new TreeSet<>();

    public synchronized void add(String prisonerNumber) {
        prisoners.add(prisonerNumber);
    }

    public synchronized void remove(String prisonerNumber) {
        prisoners.remove(prisonerNumber);
    }

    @Override
    public synchronized ActivePrisonersPage page(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, were " + page + " and " + size);
        }
        List<String> all = List.copyOf(prisoners);
        long from = (long) page * size;
        if (from >= all.size()) {
            return new ActivePrisonersPage(List.of(), all.size());
        }
        return new ActivePrisonersPage(all.subList((int) from, (int) Math.min(all.size(), from + size)), all.size());
    }
}
