package org.prisonsync.core.reconciliation;

import java.util.List;
import java.util.Optional;

/**
 * The persisted runs of every reconciliation and the mismatches each reported, so operators read a report instead of
 * searching logs.
 *
 * <p>Contract: {@link #start} refuses an id already taken ({@link IllegalStateException}); {@link #addMismatches}
 * appends in one write per call (callers batch) to a run that exists, and a key may appear more than once in a run
 * (an offset page re-read over a changing population); {@link #finish} replaces a RUNNING run's end, status and
 * counts, and answers false when the run is unknown or already ended. Lists are empty, never null, when nothing
 * matches. Failures of the store throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface ReconciliationRuns {

    void start(ReconciliationRun run);

    void addMismatches(String runId, List<Mismatch> mismatches);

    boolean finish(ReconciliationRun ended);

    Optional<ReconciliationRun> find(String runId);

    /** The newest {@code limit} runs of a reconciliation, newest first. */
    List<ReconciliationRun> latest(String name, int limit);

    /** A run's mismatches in the order they were added. */
    List<Mismatch> mismatches(String runId);

    /** The first mismatch of a run with this key. */
    Optional<Mismatch> mismatch(String runId, String key);
}
