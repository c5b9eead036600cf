package org.prisonsync.jdbc.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.mapping.ClaimKey;
import org.prisonsync.core.mapping.ClaimResult;
import org.prisonsync.core.mapping.WriteClaims;

/**
 * Write claims on the {@code write_claim} table. The primary key makes the first claim atomic across processes; a
 * takeover reads the row {@code FOR UPDATE} so that of two consumers seeing the same expired lease only one wins.
 * A bulk migration claims a message's entities and releases the previous message's in one transaction
 * ({@link #completeAndClaimAll}).
 */
public final class JdbiWriteClaims implements WriteClaims {
    /** Insert and takeover race with complete(): a few rounds settle it, more would mean something is wrong. */
    private static final int ROUNDS = 5;
    private static final String INSERT = "insert into write_claim (entity_type, source_id, owner, lease_until, attempts)"
            + " values (:entityType, :sourceId, :owner, :until, 1)";
    /**
     * The release of one claim, its key bound by {@link #bindRelease}: here, and as part of another store's change (a
     * mapping's save, {@link JdbiMappingStore}), whose own names the claim's parameter names do not meet.
     */
    static final String RELEASE = "delete from write_claim where entity_type = :claimEntityType"
            + " and source_id = :claimSourceId";
    /** One order for every batch, so two batches over the same keys wait for each other instead of deadlocking. */
    private static final Comparator<ClaimKey> KEY_ORDER = Comparator.comparing(ClaimKey::entityType)
            .thenComparing(ClaimKey::sourceId);

    private record Held(String owner, Instant until, int attempts) {
    }

    private final Jdbi jdbi;
    private final boolean postgres;

    /** {@code postgres}: releases commit without waiting for the WAL flush ({@link CommitWithoutFlush}). */
    public JdbiWriteClaims(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
    }

    static <S extends SqlStatement<S>> S bindRelease(S statement, ClaimKey key) {
        return statement.bind("claimEntityType", key.entityType()).bind("claimSourceId", key.sourceId());
    }

    /** True when these claims live in the database {@code other} reaches, so one statement may change both. */
    boolean keptIn(Jdbi other) {
        return jdbi == other;
    }

    boolean onPostgres() {
        return postgres;
    }

    @Override
    public ClaimResult claim(ClaimKey key, String owner, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        for (int round = 0; round < ROUNDS; round++) {
            if (insert(key, owner, until)) {
                return new ClaimResult.Fresh();
            }
            Optional<ClaimResult> existing = takeOverIfExpired(key, owner, now, until);
            if (existing.isPresent()) {
                return existing.get();
            }
            // The claim was completed between our insert and our read: try to be the first again.
        }
        throw new UpstreamUnavailable("claim " + key + " kept changing under us; try again later");
    }

    @Override
    public List<ClaimResult> claimAll(List<ClaimKey> keys, String owner, Instant now, Duration lease) {
        return completeAndClaimAll(List.of(), keys, owner, now, lease);
    }

    /**
     * The usual case — nobody has claimed any of the keys — is one transaction: the deletes of {@code done} and the
     * inserts of {@code keys}, a JDBC batch each. If any key is taken (or the database fails), that transaction is
     * rolled back whole; {@code done} is then completed on its own and each key claimed alone, which tells the live,
     * expired and completed claims apart and throws if the database is really down.
     */
    @Override
    public List<ClaimResult> completeAndClaimAll(Collection<ClaimKey> done, List<ClaimKey> keys, String owner,
                                                 Instant now, Duration lease) {
        if (keys.size() < 2 && done.isEmpty()) {
            return WriteClaims.super.claimAll(keys, owner, now, lease);
        }
        Instant until = now.plus(lease);
        try {
            jdbi.useTransaction(handle -> {
                if (!done.isEmpty()) {
                    deleteBatch(handle, done);
                }
                if (!keys.isEmpty()) {
                    PreparedBatch batch = handle.prepareBatch(INSERT);
                    for (ClaimKey key : keys.stream().sorted(KEY_ORDER).toList()) {
                        batch.bind("entityType", key.entityType())
                                .bind("sourceId", key.sourceId())
                                .bind("owner", owner)
                                .bind("until", UtcTimestamps.bind(until))
                                .add();
                    }
                    batch.execute();
                }
            });
        } catch (JdbiException e) {
            completeAll(done);
            return WriteClaims.super.claimAll(keys, owner, now, lease);
        }
        return keys.stream().<ClaimResult>map(k -> new ClaimResult.Fresh()).toList();
    }

    @Override
    public void completeAll(Collection<ClaimKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        try {
            jdbi.useTransaction(handle -> {
                CommitWithoutFlush.apply(handle, postgres);
                deleteBatch(handle, keys);
            });
        } catch (JdbiException e) {
            throw SqlFailures.unavailable("completing write claims", e);
        }
    }

    private static void deleteBatch(Handle handle, Collection<ClaimKey> keys) {
        PreparedBatch batch = handle.prepareBatch(RELEASE);
        for (ClaimKey key : keys.stream().sorted(KEY_ORDER).toList()) {
            bindRelease(batch, key).add();
        }
        batch.execute();
    }

    @Override
    public void abandon(ClaimKey key, String owner, Instant now) {
        SqlFailures.useHandle(jdbi, "abandoning a write claim",
                handle -> handle.createUpdate("update write_claim set lease_until = :now"
                        + " where entity_type = :entityType and source_id = :sourceId and owner = :owner")
                .bind("now", UtcTimestamps.bind(now))
                .bind("entityType", key.entityType())
                .bind("sourceId", key.sourceId())
                .bind("owner", owner)
                .execute());
    }

    @Override
    public void complete(ClaimKey key) {
        SqlFailures.useHandle(jdbi, "completing a write claim", handle -> handle.useTransaction(tx -> {
            CommitWithoutFlush.apply(tx, postgres);
            bindRelease(tx.createUpdate(RELEASE), key).execute();
        }));
    }

    @Override
    public boolean outstanding(ClaimKey key) {
        return SqlFailures.withHandle(jdbi, "reading a write claim", handle -> handle.createQuery(
                        "select count(*) from write_claim where entity_type = :entityType and source_id = :sourceId")
                .bind("entityType", key.entityType())
                .bind("sourceId", key.sourceId())
                .mapTo(Integer.class)
                .one()) > 0;
    }

    /** True if this is the first claim; false if a row for the key already exists. */
    private boolean insert(ClaimKey key, String owner, Instant until) {
        return SqlFailures.insertUnlessTaken(jdbi, "taking a write claim", handle -> handle.createUpdate(INSERT)
                .bind("entityType", key.entityType())
                .bind("sourceId", key.sourceId())
                .bind("owner", owner)
                .bind("until", UtcTimestamps.bind(until))
                .execute());
    }

    /** Empty if the row has gone; otherwise the takeover or the live claim in the way. */
    private Optional<ClaimResult> takeOverIfExpired(ClaimKey key, String owner, Instant now, Instant until) {
        try {
            return jdbi.inTransaction(handle -> {
                Optional<Held> held = lockRow(handle, key);
                if (held.isEmpty()) {
                    return Optional.empty();
                }
                Held current = held.get();
                if (current.until().isAfter(now)) {
                    return Optional.of(new ClaimResult.HeldElsewhere(current.owner(), current.until()));
                }
                int attempt = current.attempts() + 1;
                handle.createUpdate("update write_claim set owner = :owner, lease_until = :until, attempts = :attempts"
                                + " where entity_type = :entityType and source_id = :sourceId")
                        .bind("owner", owner)
                        .bind("until", UtcTimestamps.bind(until))
                        .bind("attempts", attempt)
                        .bind("entityType", key.entityType())
                        .bind("sourceId", key.sourceId())
                        .execute();
                return Optional.of(new ClaimResult.Resumed(attempt, current.owner()));
            });
        } catch (JdbiException e) {
            throw SqlFailures.unavailable("taking over a write claim", e);
        }
    }

    private static Optional<Held> lockRow(Handle handle, ClaimKey key) {
        return handle.createQuery("select owner, lease_until, attempts from write_claim"
                        + " where entity_type = :entityType and source_id = :sourceId for update")
                .bind("entityType", key.entityType())
                .bind("sourceId", key.sourceId())
                .map((rs, ctx) -> new Held(rs.getString("owner"),
                        UtcTimestamps.read(rs.getObject("lease_until", LocalDateTime.class)), rs.getInt("attempts")))
                .findOne();
    }
}
