package org.prisonsync.jdbc;

import static org.prisonsync.jdbc.MatchingEventPairRowMapper.local;
import static org.prisonsync.jdbc.MatchingEventPairRowMapper.nullableLong;
import static org.prisonsync.jdbc.MatchingEventPairRowMapper.nullableString;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchResult;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MatchingEventPairs;

/**
 * The pairs on {@code matching_event_pair}. A pairing runs in one READ COMMITTED transaction that first locks the
 * prisoner (PostgreSQL: a transaction advisory lock; H2: the prisoner's {@code movement_prisoner_lock} row, merged in
 * so the first event of a prisoner creates it): the two halves of one movement are paired one after the other, and
 * the second always sees the first's committed row.
 * Lock contention that a database reports as a failure (an H2 lock timeout, a racing first insert of the lock row)
 * is retried a few times before it becomes an {@link UpstreamUnavailable}.
 */
final class JdbiMatchingEventPairs implements MatchingEventPairs {
    private static final MatchingEventPairRowMapper ROWS = new MatchingEventPairRowMapper();
    private static final int ATTEMPTS = 8;
    /** The first key of prison-sync's per-prisoner movement locks ("MOVE" in ASCII), apart from any other use. */
    private static final int ADVISORY_NAMESPACE = 0x4d4f5645;
    /** Unique violation, serialization failure, deadlock, H2 lock timeout: all say "try the transaction again". */
    private static final Set<String> RETRYABLE = Set.of("23505", "40001", "40P01", "HYT00");
    private static final String INSERT = "insert into matching_event_pair (match_type, noms_number,"
            + " related_noms_number, domain_reason, domain_time, offender_booking_id, offender_reason, offender_time,"
            + " previous_offender_reason, previous_offender_time, previous_offender_direction, created_date, matched,"
            + " comment) values (:matchType, :prisoner, :related, :domainReason, :domainTime, :bookingId,"
            + " :offenderReason, :offenderTime, :previousReason, :previousTime, :previousDirection, :created,"
            + " :matched, :comment)";
    private static final String COMPLETE = "update matching_event_pair set related_noms_number = :related,"
            + " domain_reason = :domainReason, domain_time = :domainTime, offender_booking_id = :bookingId,"
            + " offender_reason = :offenderReason, offender_time = :offenderTime,"
            + " previous_offender_reason = :previousReason, previous_offender_time = :previousTime,"
            + " previous_offender_direction = :previousDirection, matched = :matched, comment = :comment"
            + " where id = :id and matched = false";

    /** Thrown inside a transaction to roll it back and answer with a value. */
    private static final class Abandon extends RuntimeException {
        Abandon() {
            super(null, null, false, false);
        }
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final String lockSql;
    private final boolean postgres;

    JdbiMatchingEventPairs(Jdbi jdbi, Clock clock, boolean postgres) {
        this.jdbi = jdbi;
        this.clock = clock;
        // PostgreSQL: a transaction-scoped advisory lock on the prisoner (namespaced by a constant, no row, no WAL);
        // a hash collision only makes two prisoners take turns. H2: MERGE … KEY locks the prisoner's lock row.
        this.lockSql = postgres
                ? "select pg_advisory_xact_lock(" + ADVISORY_NAMESPACE + ", hashtext(:prisoner)) is null"
                : "merge into movement_prisoner_lock (noms_number) key (noms_number) values (:prisoner)";
        this.postgres = postgres;
    }

    @Override
    public MatchResult matchOrInsert(MatchAttempt attempt) {
        MatchingEventPairCriteria criteria = new MatchingEventPairCriteria(attempt);
        return retrying("pairing a movement event", () -> jdbi.inTransaction(handle -> {
            lockPrisoner(handle, attempt.half().prisonerNumber());
            List<MatchingEventPair> rows = criteria.bind(handle.createQuery(criteria.sql())).map(ROWS).list();
            for (MatchingEventPair row : rows) {
                if (row.carriesSameHalfAs(attempt.half())) {
                    return new MatchResult.Redelivered(row);
                }
            }
            if (rows.isEmpty()) {
                MatchingEventPair stored = insert(handle, attempt.half());
                return new MatchResult.Inserted(stored);
            }
            MatchingEventPair completed = attempt.complete(rows.get(0), rows.size());
            if (complete(handle, completed) != 1) {
                // cannot happen while the prisoner is locked; retrying is the safe answer if it ever does
                throw new UpstreamUnavailable("row " + completed.id() + " changed while its prisoner was locked");
            }
            return new MatchResult.Matched(completed, rows.size());
        }));
    }

    @Override
    public List<MatchingEventPair> findUnmatched(Instant from, Instant to) {
        return query("finding unmatched pairs", handle -> handle.createQuery("select "
                        + MatchingEventPairRowMapper.COLUMNS + " from matching_event_pair where matched = false"
                        + " and created_date between :from and :to order by id")
                .bind("from", UtcTimestamps.bind(from))
                .bind("to", UtcTimestamps.bind(to))
                .map(ROWS).list());
    }

    @Override
    public long countUnmatched(Instant from, Instant to) {
        return query("counting unmatched pairs", handle -> handle.createQuery("select count(*) from"
                        + " matching_event_pair where matched = false and created_date between :from and :to")
                .bind("from", UtcTimestamps.bind(from))
                .bind("to", UtcTimestamps.bind(to))
                .mapTo(Long.class).one());
    }

    @Override
    public List<MatchingEventPair> findWithReason(String reason, Instant from, Instant to) {
        return query("finding pairs by reason", handle -> handle.createQuery("select "
                        + MatchingEventPairRowMapper.COLUMNS + " from matching_event_pair"
                        + " where created_date between :from and :to"
                        + " and (domain_reason = :reason or offender_reason = :reason) order by id")
                .bind("from", UtcTimestamps.bind(from))
                .bind("to", UtcTimestamps.bind(to))
                .bind("reason", reason)
                .map(ROWS).list());
    }

    @Override
    public List<MatchingEventPair> findByPrisoner(String prisonerNumber) {
        return query("finding a prisoner's pairs", handle -> handle.createQuery("select "
                        + MatchingEventPairRowMapper.COLUMNS + " from matching_event_pair"
                        + " where noms_number = :prisoner order by id")
                .bind("prisoner", prisonerNumber)
                .map(ROWS).list());
    }

    @Override
    public boolean markMatched(MatchingEventPair completed, Long absorbedId) {
        if (completed.id() == null) {
            return false;
        }
        try {
            return retrying("matching a pair late", () -> jdbi.inTransaction(handle -> {
                lockPrisoner(handle, completed.prisonerNumber());
                if (absorbedId != null && handle.createUpdate(
                                "delete from matching_event_pair where id = :id and matched = false")
                        .bind("id", absorbedId.longValue()).execute() != 1) {
                    throw new Abandon();
                }
                if (complete(handle, completed) != 1) {
                    throw new Abandon();
                }
                return true;
            }));
        } catch (Abandon rolledBack) {
            return false;
        }
    }

    @Override
    public boolean delete(long id) {
        return query("deleting a pair", handle -> handle.createUpdate(
                "delete from matching_event_pair where id = :id").bind("id", id).execute()) > 0;
    }

    @Override
    public long purgeMatchedBefore(Instant cutoff) {
        return query("purging matched pairs", handle -> handle.createUpdate(
                        "delete from matching_event_pair where matched = true and created_date < :cutoff")
                .bind("cutoff", UtcTimestamps.bind(cutoff))
                .execute());
    }

    @Override
    public long countMatchedBefore(Instant cutoff) {
        return query("counting old matched pairs", handle -> handle.createQuery(
                        "select count(*) from matching_event_pair where matched = true and created_date < :cutoff")
                .bind("cutoff", UtcTimestamps.bind(cutoff))
                .mapTo(Long.class).one());
    }

    private void lockPrisoner(Handle handle, String prisoner) {
        if (postgres) {
            handle.createQuery(lockSql).bind("prisoner", prisoner).mapTo(Boolean.class).one();
        } else {
            handle.createUpdate(lockSql).bind("prisoner", prisoner).execute();
        }
    }

    private MatchingEventPair insert(Handle handle, MatchingEventPair half) {
        MatchingEventPair row = half.created() == null ? half.withCreated(clock.instant()) : half;
        Update insert = handle.createUpdate(INSERT)
                .bind("matchType", row.matchType().name())
                .bind("prisoner", row.prisonerNumber())
                .bind("created", UtcTimestamps.bind(row.created()));
        long id = values(insert, row).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return row.withId(id);
    }

    private static int complete(Handle handle, MatchingEventPair row) {
        return values(handle.createUpdate(COMPLETE).bind("id", row.id().longValue()), row).execute();
    }

    private static Update values(Update update, MatchingEventPair row) {
        return update.bind("related", nullableString(row.relatedPrisonerNumber()))
                .bind("domainReason", nullableString(row.domainReason()))
                .bind("domainTime", local(row.domainTime()))
                .bind("bookingId", nullableLong(row.bookingId()))
                .bind("offenderReason", nullableString(row.offenderReason()))
                .bind("offenderTime", local(row.offenderTime()))
                .bind("previousReason", nullableString(row.previousOffenderReason()))
                .bind("previousTime", local(row.previousOffenderTime()))
                .bind("previousDirection", nullableString(row.previousOffenderDirection()))
                .bind("matched", row.matched())
                .bind("comment", nullableString(row.comment()));
    }

    private interface Work<T> {
        T run();
    }

    private interface HandleWork<T> {
        T run(Handle handle);
    }

    private <T> T query(String doing, HandleWork<T> work) {
        try {
            return jdbi.withHandle(work::run);
        } catch (JdbiException e) {
            throw SqlFailures.unavailable(doing, e);
        }
    }

    private static <T> T retrying(String doing, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (JdbiException e) {
                if (attempt >= ATTEMPTS || !isRetryable(e)) {
                    throw SqlFailures.unavailable(doing, e);
                }
                pause(attempt);
            }
        }
    }

    private static boolean isRetryable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && RETRYABLE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(attempt * 5L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UpstreamUnavailable("interrupted while retrying a pairing", e);
        }
    }
}
