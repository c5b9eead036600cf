package org.prisonsync.core.movements;

import java.time.Instant;
import java.util.List;

/**
 * The {@code matching_event_pair} store. Rows are returned oldest first (by id). Windows on {@code created} are
 * inclusive at both ends unless said otherwise. Every method may throw
 * {@link org.prisonsync.core.UpstreamUnavailable} when the store cannot be reached (worth retrying).
 */
public interface MatchingEventPairs {

    /**
     * Atomically, per prisoner: if a row already carries the very same half
     * ({@link MatchingEventPair#carriesSameHalfAs}, matched or not) returns {@link MatchResult.Redelivered} and writes nothing; otherwise completes the oldest
     * unmatched row of {@code half.prisonerNumber()} accepted by {@code attempt.counterpart()} and created strictly
     * after {@code attempt.createdAfter()} ({@link MatchResult.Matched}, via {@link MatchAttempt#complete}), or
     * inserts the half as a new row ({@link MatchResult.Inserted}).
     *
     * <p>Race-free: two halves of one pair submitted at the same moment by two consumers (or processes) end as one
     * matched row, never as two one-sided rows, and no row is ever completed twice.
     */
    MatchResult matchOrInsert(MatchAttempt attempt);

    /** Unmatched rows created within {@code [from, to]}. */
    List<MatchingEventPair> findUnmatched(Instant from, Instant to);

    long countUnmatched(Instant from, Instant to);

    /** Rows (matched or not) created within {@code [from, to]} whose domain or offender reason is {@code reason}. */
    List<MatchingEventPair> findWithReason(String reason, Instant from, Instant to);

    /** Every row of one prisoner ({@code prisonerNumber}, not the related prisoner); empty if none. */
    List<MatchingEventPair> findByPrisoner(String prisonerNumber);

    /**
     * Stores {@code completed} (an existing row, by id, now matched) and deletes {@code absorbedId} (a row whose half
     * was copied into it; null for none), atomically. Returns false and changes nothing when either row no longer
     * exists unmatched (someone else matched it meanwhile).
     */
    boolean markMatched(MatchingEventPair completed, Long absorbedId);

    /** Deletes one row; false when there was none. */
    boolean delete(long id);

    /** Deletes matched rows created before {@code cutoff}, returning how many. Unmatched rows are never purged. */
    long purgeMatchedBefore(Instant cutoff);

    /** How many rows {@link #purgeMatchedBefore} would delete now. */
    long countMatchedBefore(Instant cutoff);
}
