package org.prisonsync.jdbc.movements;

import static org.prisonsync.jdbc.movements.MatchingEventPairRowMapper.local;
import static org.prisonsync.jdbc.movements.MatchingEventPairRowMapper.nullableLong;
import static org.prisonsync.jdbc.movements.MatchingEventPairRowMapper.nullableString;

import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.movements.MatchAttempt;
import org.prisonsync.core.movements.MatchResult;
import org.prisonsync.core.movements.MatchingEventPair;
import org.prisonsync.core.movements.MatchingEventPairs;
import org.prisonsync.jdbc.internal.ConflictRetry;
import org.prisonsync.jdbc.internal.GroupCommit;
import org.prisonsync.jdbc.internal.SqlFailures;
import org.prisonsync.jdbc.internal.UtcTimestamps;

/**
 * The pairs on {@code matching_event_pair}. Pairing locks the prisoner first (PostgreSQL: a transaction advisory
 * lock; H2: the prisoner's {@code movement_prisoner_lock} row, merged in so the first event of a prisoner creates
 * it), reads the prisoner's rows and applies {@link MatchAttempt#decide}: the two halves of one movement are paired
 * one after the other, and the second always sees the first's row.
 *
 * <p>Pairings from concurrent consumers are group-committed ({@link GroupCommit}): one READ COMMITTED transaction
 * locks the prisoners of up to {@value #MAX_BATCH} events in a fixed order (so it cannot deadlock with another), reads
 * their rows in one query, decides each event in arrival order against rows that include the batch's own writes,
 * and commits once. A commit per event made PostgreSQL's commit latency the limit (measured: 1,826 events/s).
 * Lock contention that a database reports as a failure (an H2 lock timeout, a racing first insert of the lock row,
 * a deadlock) is retried a few times before it becomes an {@link UpstreamUnavailable}.
 */
final class JdbiMatchingEventPairs implements MatchingEventPairs {
    private static final MatchingEventPairRowMapper ROWS = new MatchingEventPairRowMapper();
    static final int MAX_BATCH = 64;
    /**
     * One batch at a time: the next forms while this one commits. Measured with 8 consumers on PostgreSQL: one
     * leader 6,100 events/s, two 5,270, four 4,190 (smaller batches, and their prisoners' locks contend).
     */
    private static final int LEADERS = 1;
    /** The first key of prison-sync's per-prisoner movement locks ("MOVE" in ASCII), apart from any other use. */
    private static final int ADVISORY_NAMESPACE = 0x4d4f5645;
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
    /**
     * Every lock of a batch in one statement, in the order of the lock keys, so that two batches sharing prisoners
     * take them in the same order.
     */
    private static final String LOCK_POSTGRES = "select count(pg_advisory_xact_lock(" + ADVISORY_NAMESPACE + ", k))"
            + " from (select distinct hashtext(p) as k from unnest(:prisoners) as p order by k) as keys";
    private static final String LOCK_H2 = "merge into movement_prisoner_lock (noms_number) key (noms_number)"
            + " values (:prisoner)";

    /** Thrown inside a transaction to roll it back and answer with a value. */
    private static final class Abandon extends RuntimeException {
        Abandon() {
            super(null, null, false, false);
        }
    }

    private final Jdbi jdbi;
    private final boolean postgres;
    private final GroupCommit<MatchAttempt, MatchResult> pairing;

    JdbiMatchingEventPairs(Jdbi jdbi, boolean postgres) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.pairing = new GroupCommit<>(LEADERS, MAX_BATCH, this::pairAll, SqlFailures::isConnectionFailure);
    }

    @Override
    public MatchResult matchOrInsert(MatchAttempt attempt) {
        return pairing.submit(attempt);
    }

    /**
     * One transaction for a batch of attempts; one result per attempt, in order. Decisions are made in memory against
     * the locked rows, rows new in this batch carrying temporary negative ids (so that the second half of a movement
     * can complete the first in the same batch); then all new rows go in one batch insert and all completed ones in
     * one batch update.
     */
    private List<MatchResult> pairAll(List<MatchAttempt> attempts) {
        return ConflictRetry.retrying("pairing movement events", () -> jdbi.inTransaction(handle -> {
            SortedSet<String> prisoners = new TreeSet<>();
            attempts.forEach(attempt -> prisoners.add(attempt.half().prisonerNumber()));
            lockPrisoners(handle, prisoners);
            Map<String, List<MatchingEventPair>> rows = rowsOf(handle, prisoners);
            Map<Long, MatchingEventPair> written = new LinkedHashMap<>();
            List<MatchResult> decided = new ArrayList<>(attempts.size());
            long temporaryId = 0;
            for (MatchAttempt attempt : attempts) {
                List<MatchingEventPair> prisonerRows = rows.get(attempt.half().prisonerNumber());
                MatchResult result = attempt.decide(prisonerRows);
                if (result instanceof MatchResult.Inserted inserted) {
                    result = new MatchResult.Inserted(inserted.row().withId(--temporaryId));
                    prisonerRows.add(result.row());
                } else if (result instanceof MatchResult.Matched matched) {
                    MatchingEventPair completed = matched.row();
                    prisonerRows.replaceAll(row -> row.id().equals(completed.id()) ? completed : row);
                }
                if (!(result instanceof MatchResult.Redelivered)) {
                    written.put(result.row().id(), result.row());
                }
                decided.add(result);
            }
            Map<Long, Long> realIds = write(handle, written.values());
            List<MatchResult> results = new ArrayList<>(decided.size());
            decided.forEach(result -> results.add(withRealId(result, realIds)));
            return results;
        }));
    }

    /** Inserts the new rows and updates the completed ones; answers each new row's real id by its temporary one. */
    private Map<Long, Long> write(Handle handle, Collection<MatchingEventPair> rows) {
        Map<Long, Long> realIds = new HashMap<>();
        List<MatchingEventPair> fresh = rows.stream().filter(row -> row.id() < 0).toList();
        List<MatchingEventPair> completed = rows.stream().filter(row -> row.id() > 0).toList();
        if (!fresh.isEmpty()) {
            PreparedBatch insert = handle.prepareBatch(INSERT);
            for (MatchingEventPair row : fresh) {
                values(insert, row).bind("matchType", row.matchType().name())
                        .bind("prisoner", row.prisonerNumber())
                        .bind("created", UtcTimestamps.bind(row.created()))
                        .add();
            }
            List<Long> ids = insert.executePreparedBatch("id").mapTo(Long.class).list();
            for (int i = 0; i < fresh.size(); i++) {
                realIds.put(fresh.get(i).id(), ids.get(i));
            }
        }
        if (!completed.isEmpty()) {
            PreparedBatch update = handle.prepareBatch(COMPLETE);
            completed.forEach(row -> values(update, row).bind("id", row.id().longValue()).add());
            int[] counts = update.execute();
            for (int count : counts) {
                if (count != 1 && count != Statement.SUCCESS_NO_INFO) {
                    // cannot happen while the prisoners are locked; retrying is the safe answer if it ever does
                    throw new UpstreamUnavailable("a pair changed while its prisoner was locked");
                }
            }
        }
        return realIds;
    }

    private static MatchResult withRealId(MatchResult result, Map<Long, Long> realIds) {
        Long real = realIds.get(result.row().id());
        if (real == null) {
            return result;
        }
        MatchingEventPair row = result.row().withId(real);
        if (result instanceof MatchResult.Matched matched) {
            return new MatchResult.Matched(row, matched.candidates());
        }
        if (result instanceof MatchResult.Inserted) {
            return new MatchResult.Inserted(row);
        }
        return new MatchResult.Redelivered(row);
    }

    private Map<String, List<MatchingEventPair>> rowsOf(Handle handle, Collection<String> prisoners) {
        Map<String, List<MatchingEventPair>> rows = new HashMap<>();
        prisoners.forEach(prisoner -> rows.put(prisoner, new ArrayList<>()));
        handle.createQuery("select " + MatchingEventPairRowMapper.COLUMNS + " from matching_event_pair"
                        + " where noms_number in (<prisoners>) order by id")
                .bindList("prisoners", List.copyOf(prisoners))
                .map(ROWS)
                .forEach(row -> rows.get(row.prisonerNumber()).add(row));
        return rows;
    }

    private void lockPrisoners(Handle handle, SortedSet<String> prisoners) {
        if (postgres) {
            handle.createQuery(LOCK_POSTGRES).bindArray("prisoners", String.class, prisoners)
                    .mapTo(Long.class).one();
            return;
        }
        PreparedBatch locks = handle.prepareBatch(LOCK_H2);
        prisoners.forEach(prisoner -> locks.bind("prisoner", prisoner).add());
        locks.execute();
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
            return ConflictRetry.retrying("matching a pair late", () -> jdbi.inTransaction(handle -> {
                lockPrisoners(handle, new TreeSet<>(Set.of(completed.prisonerNumber())));
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

    private static int complete(Handle handle, MatchingEventPair row) {
        return values(handle.createUpdate(COMPLETE).bind("id", row.id().longValue()), row).execute();
    }

    private static <S extends SqlStatement<S>> S values(S statement, MatchingEventPair row) {
        return statement.bind("related", nullableString(row.relatedPrisonerNumber()))
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

    private <T> T query(String doing, HandleCallback<T, RuntimeException> work) {
        return SqlFailures.withHandle(jdbi, doing, work);
    }
}
