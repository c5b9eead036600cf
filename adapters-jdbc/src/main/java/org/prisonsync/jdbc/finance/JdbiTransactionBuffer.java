package org.prisonsync.jdbc.finance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.prisonsync.core.finance.BufferedTransaction;
import org.prisonsync.core.finance.TransactionBuffer;
import org.prisonsync.core.finance.WindowClose;
import org.prisonsync.core.finance.WindowState;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * The buffer on the {@code transaction_buffer} table. Every write is a single statement whose {@code where} clause is
 * the rule's condition, run in its own transaction: on PostgreSQL an {@code update} that waited for another's row
 * lock re-checks its condition against the committed row, and H2 locks the row likewise, so two instances can never
 * both take one step.
 */
final class JdbiTransactionBuffer implements TransactionBuffer {
    private static final String COLUMNS = "transaction_id, generation, state, dirty, lease_until, opened_at";

    private final Jdbi jdbi;

    JdbiTransactionBuffer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<BufferedTransaction> find(long transactionId) {
        return SqlFailures.withHandle(jdbi, "reading a transaction window", handle -> handle.createQuery(
                        "select " + COLUMNS + " from transaction_buffer where transaction_id = :id")
                .bind("id", transactionId)
                .map(JdbiTransactionBuffer::row)
                .findOne());
    }

    @Override
    public boolean open(long transactionId, Instant openedAt, Instant leaseUntil) {
        return SqlFailures.insertUnlessTaken(jdbi, "opening a transaction window", handle -> handle.createUpdate(
                        "insert into transaction_buffer (" + COLUMNS + ") values (:id, 1, 'OPEN', false, :lease,"
                                + " :openedAt)")
                .bind("id", transactionId)
                .bind("lease", UtcTimestamps.bind(leaseUntil))
                .bind("openedAt", UtcTimestamps.bind(openedAt))
                .execute());
    }

    @Override
    public boolean scheduled(long transactionId, int generation) {
        return update("noting a transaction's sync queued", "set lease_until = null"
                + " where transaction_id = :id and generation = :generation and state = 'OPEN'", transactionId,
                generation, null, null);
    }

    @Override
    public boolean takeOverScheduling(long transactionId, int generation, Instant now, Instant leaseUntil) {
        return update("taking over a transaction's scheduling", "set lease_until = :lease"
                + " where transaction_id = :id and generation = :generation and state = 'OPEN'"
                + " and lease_until is not null and lease_until <= :now", transactionId, generation, now,
                leaseUntil);
    }

    @Override
    public boolean releaseLease(long transactionId, int generation, Instant now) {
        return update("releasing a transaction window's lease", "set lease_until = :now"
                + " where transaction_id = :id and generation = :generation and lease_until is not null",
                transactionId, generation, now, null);
    }

    @Override
    public boolean markDirty(long transactionId, int generation) {
        return update("marking a syncing transaction dirty", "set dirty = true"
                + " where transaction_id = :id and generation = :generation and state = 'SYNCING'",
                transactionId, generation, null, null);
    }

    @Override
    public boolean claimSync(long transactionId, int generation, Instant now, Instant leaseUntil) {
        return update("claiming a transaction's sync", "set state = 'SYNCING', dirty = false, lease_until = :lease"
                + " where transaction_id = :id and generation = :generation"
                + " and (state = 'OPEN' or lease_until <= :now)", transactionId, generation, now, leaseUntil);
    }

    @Override
    public boolean reviveStalled(long transactionId, int generation, Instant now, Instant leaseUntil) {
        return update("reviving a stalled transaction sync", "set state = 'OPEN', dirty = false, lease_until = :lease"
                + " where transaction_id = :id and generation = :generation and state = 'SYNCING'"
                + " and lease_until <= :now", transactionId, generation, now, leaseUntil);
    }

    @Override
    public WindowClose finish(long transactionId, int generation, Instant now, Instant leaseUntil) {
        int deleted = SqlFailures.withHandle(jdbi, "closing a transaction window", handle -> handle.createUpdate(
                        "delete from transaction_buffer where transaction_id = :id and generation = :generation"
                                + " and state = 'SYNCING' and dirty = false")
                .bind("id", transactionId)
                .bind("generation", generation)
                .execute());
        if (deleted == 1) {
            return WindowClose.CLOSED;
        }
        // not deleted: dirty (reopen it), or no longer this sync's (taken over after its lease ran out)
        int reopened = SqlFailures.withHandle(jdbi, "reopening a transaction window", handle -> handle.createUpdate(
                        "update transaction_buffer set generation = generation + 1, state = 'OPEN', dirty = false,"
                                + " lease_until = :lease, opened_at = :now where transaction_id = :id"
                                + " and generation = :generation and state = 'SYNCING' and dirty = true")
                .bind("id", transactionId)
                .bind("generation", generation)
                .bind("lease", UtcTimestamps.bind(leaseUntil))
                .bind("now", UtcTimestamps.bind(now))
                .execute());
        return reopened == 1 ? WindowClose.REOPENED : WindowClose.TAKEN_OVER;
    }

    @Override
    public List<BufferedTransaction> pending(int limit) {
        return SqlFailures.withHandle(jdbi, "listing open transaction windows", handle -> handle.createQuery(
                        "select " + COLUMNS + " from transaction_buffer order by opened_at, transaction_id"
                                + " limit :limit")
                .bind("limit", limit)
                .map(JdbiTransactionBuffer::row)
                .list());
    }

    private boolean update(String doing, String setAndWhere, long transactionId, int generation, Instant now,
                           Instant lease) {
        return SqlFailures.withHandle(jdbi, doing, handle -> {
            var update = handle.createUpdate("update transaction_buffer " + setAndWhere)
                    .bind("id", transactionId)
                    .bind("generation", generation);
            if (setAndWhere.contains(":now")) {
                update.bind("now", UtcTimestamps.bind(now));
            }
            if (setAndWhere.contains(":lease")) {
                update.bind("lease", UtcTimestamps.bind(lease));
            }
            return update.execute();
        }) == 1;
    }

    private static BufferedTransaction row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new BufferedTransaction(rs.getLong("transaction_id"), rs.getInt("generation"),
                WindowState.valueOf(rs.getString("state")), rs.getBoolean("dirty"),
                Optional.ofNullable(UtcTimestamps.readNullable(rs.getObject("lease_until",
                        java.time.LocalDateTime.class))),
                UtcTimestamps.read(rs.getObject("opened_at", java.time.LocalDateTime.class)));
    }
}
