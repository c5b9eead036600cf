package org.prisonsync.core.movements.inmemory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchResult;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MatchingEventPairs;

/**
 * The pairs in an id-ordered map under one lock, which makes {@link #matchOrInsert} atomic as the database's
 * per-prisoner lock does. Rows without a created time are stamped from {@code clock}.
 */
public final class InMemoryMatchingEventPairs implements MatchingEventPairs {
    private final TreeMap<Long, MatchingEventPair> rows = new TreeMap<>();
    private final Clock clock;
    private long nextId = 1;

    public InMemoryMatchingEventPairs(Clock clock) {
        this.clock = clock;
    }

    public InMemoryMatchingEventPairs() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized MatchResult matchOrInsert(MatchAttempt attempt) {
        MatchResult result = attempt.decide(findByPrisoner(attempt.half().prisonerNumber()));
        if (result instanceof MatchResult.Inserted inserted) {
            MatchingEventPair stored = inserted.row().withId(nextId++);
            rows.put(stored.id(), stored);
            return new MatchResult.Inserted(stored);
        }
        if (result instanceof MatchResult.Matched matched) {
            rows.put(matched.row().id(), matched.row());
        }
        return result;
    }

    @Override
    public synchronized List<MatchingEventPair> findUnmatched(Instant from, Instant to) {
        return select(row -> !row.matched() && within(row, from, to));
    }

    @Override
    public synchronized long countUnmatched(Instant from, Instant to) {
        return findUnmatched(from, to).size();
    }

    @Override
    public synchronized List<MatchingEventPair> findWithReason(String reason, Instant from, Instant to) {
        return select(row -> within(row, from, to)
                && (reason.equals(row.domainReason()) || reason.equals(row.offenderReason())));
    }

    @Override
    public synchronized List<MatchingEventPair> findByPrisoner(String prisonerNumber) {
        return select(row -> row.prisonerNumber().equals(prisonerNumber));
    }

    @Override
    public synchronized boolean markMatched(MatchingEventPair completed, Long absorbedId) {
        if (completed.id() == null || !isUnmatched(completed.id())
                || (absorbedId != null && !isUnmatched(absorbedId))) {
            return false;
        }
        rows.put(completed.id(), completed.created() == null ? completed.withCreated(rows.get(completed.id())
                .created()) : completed);
        if (absorbedId != null) {
            rows.remove(absorbedId);
        }
        return true;
    }

    @Override
    public synchronized boolean delete(long id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized long purgeMatchedBefore(Instant cutoff) {
        List<MatchingEventPair> old = select(row -> row.matched() && row.created().isBefore(cutoff));
        old.forEach(row -> rows.remove(row.id()));
        return old.size();
    }

    @Override
    public synchronized long countMatchedBefore(Instant cutoff) {
        return select(row -> row.matched() && row.created().isBefore(cutoff)).size();
    }

    /** Stores a row as it is (with its id, if any): test set-up for rows of any age or state. */
    public synchronized MatchingEventPair put(MatchingEventPair row) {
        MatchingEventPair stored = row.id() == null ? row.withId(nextId++) : row;
        if (stored.created() == null) {
            stored = stored.withCreated(clock.instant());
        }
        nextId = Math.max(nextId, stored.id() + 1);
        rows.put(stored.id(), stored);
        return stored;
    }

    public synchronized List<MatchingEventPair> all() {
        return List.copyOf(rows.values());
    }

    private boolean isUnmatched(long id) {
        MatchingEventPair row = rows.get(id);
        return row != null && !row.matched();
    }

    private List<MatchingEventPair> select(Predicate<MatchingEventPair> filter) {
        List<MatchingEventPair> found = new ArrayList<>();
        for (MatchingEventPair row : rows.values()) {
            if (filter.test(row)) {
                found.add(row);
            }
        }
        return found;
    }

    private static boolean within(MatchingEventPair row, Instant from, Instant to) {
        return !row.created().isBefore(from) && !row.created().isAfter(to);
    }
}
