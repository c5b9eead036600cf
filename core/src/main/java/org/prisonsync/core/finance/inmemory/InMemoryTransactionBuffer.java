package org.prisonsync.core.finance.inmemory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.prisonsync.core.finance.BufferedTransaction;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.core.finance.WindowClose;
import org.prisonsync.core.finance.WindowState;

/** The buffer in a map; every method is one atomic step, as each is one statement in the database. */
public final class InMemoryTransactionBuffer implements TransactionBuffer {
    private final Map<Long, BufferedTransaction> rows = new TreeMap<>();

    @Override
    public synchronized Optional<BufferedTransaction> find(long transactionId) {
        return Optional.ofNullable(rows.get(transactionId));
    }

    @Override
    public synchronized boolean open(long transactionId, Instant openedAt, Instant leaseUntil) {
        if (rows.containsKey(transactionId)) {
            return false;
        }
        rows.put(transactionId, new BufferedTransaction(transactionId, 1, WindowState.OPEN, false,
                Optional.of(leaseUntil), openedAt));
        return true;
    }

    @Override
    public synchronized boolean scheduled(long transactionId, int generation) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.state() != WindowState.OPEN) {
            return false;
        }
        rows.put(transactionId, with(row, WindowState.OPEN, row.dirty(), Optional.empty()));
        return true;
    }

    @Override
    public synchronized boolean takeOverScheduling(long transactionId, int generation, Instant now,
                                                   Instant leaseUntil) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.state() != WindowState.OPEN
                || !row.leaseExpired(now)) {
            return false;
        }
        rows.put(transactionId, with(row, WindowState.OPEN, row.dirty(), Optional.of(leaseUntil)));
        return true;
    }

    @Override
    public synchronized boolean releaseLease(long transactionId, int generation, Instant now) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.leaseUntil().isEmpty()) {
            return false;
        }
        rows.put(transactionId, with(row, row.state(), row.dirty(), Optional.of(now)));
        return true;
    }

    @Override
    public synchronized boolean markDirty(long transactionId, int generation) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.state() != WindowState.SYNCING) {
            return false;
        }
        rows.put(transactionId, with(row, WindowState.SYNCING, true, row.leaseUntil()));
        return true;
    }

    @Override
    public synchronized boolean claimSync(long transactionId, int generation, Instant now, Instant leaseUntil) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation
                || (row.state() == WindowState.SYNCING && !row.leaseExpired(now))) {
            return false;
        }
        rows.put(transactionId, with(row, WindowState.SYNCING, false, Optional.of(leaseUntil)));
        return true;
    }

    @Override
    public synchronized boolean reviveStalled(long transactionId, int generation, Instant now, Instant leaseUntil) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.state() != WindowState.SYNCING
                || !row.leaseExpired(now)) {
            return false;
        }
        rows.put(transactionId, with(row, WindowState.OPEN, false, Optional.of(leaseUntil)));
        return true;
    }

    @Override
    public synchronized WindowClose finish(long transactionId, int generation, Instant now, Instant leaseUntil) {
        BufferedTransaction row = rows.get(transactionId);
        if (row == null || row.generation() != generation || row.state() != WindowState.SYNCING) {
            return WindowClose.TAKEN_OVER;
        }
        if (!row.dirty()) {
            rows.remove(transactionId);
            return WindowClose.CLOSED;
        }
        rows.put(transactionId, new BufferedTransaction(transactionId, generation + 1, WindowState.OPEN, false,
                Optional.of(leaseUntil), now));
        return WindowClose.REOPENED;
    }

    @Override
    public synchronized List<BufferedTransaction> pending(int limit) {
        return rows.values().stream().sorted(Comparator.comparing(BufferedTransaction::openedAt)
                .thenComparingLong(BufferedTransaction::transactionId)).limit(limit).toList();
    }

    private static BufferedTransaction with(BufferedTransaction row, WindowState state, boolean dirty,
                                            Optional<Instant> lease) {
        return new BufferedTransaction(row.transactionId(), row.generation(), state, dirty, lease, row.openedAt());
    }
}
