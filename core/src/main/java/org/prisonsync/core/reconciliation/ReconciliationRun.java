package org.prisonsync.core.reconciliation;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One run of a reconciliation, as persisted: who and what ({@code name}, {@code parameters}), when, how it ended,
 * and its counts: items checked, mismatches reported (excluded keys are not), items and pages that failed.
 */
public record ReconciliationRun(String id, String name, Map<String, String> parameters, Instant startedAt,
                                Instant endedAt, RunStatus status, long checked, long mismatchCount,
                                long itemErrors, long pageErrors) {
    public ReconciliationRun {
        Objects.requireNonNull(id, "id");
        UUID.fromString(id);
        Limits.name(name);
        parameters = Collections.unmodifiableMap(new TreeMap<>(
                new ReconciliationParameters(parameters).values()));
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        if ((status == RunStatus.RUNNING) != (endedAt == null)) {
            throw new IllegalArgumentException("a run has an end time exactly when it is no longer running");
        }
        if (checked < 0 || mismatchCount < 0 || itemErrors < 0 || pageErrors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static ReconciliationRun started(String id, String name, ReconciliationParameters parameters,
                                            Instant startedAt) {
        return new ReconciliationRun(id, name, parameters.values(), startedAt, null, RunStatus.RUNNING, 0, 0, 0, 0);
    }

    public ReconciliationRun ended(RunStatus endStatus, Instant at, long checkedItems, long mismatches,
                                   long failedItems, long failedPages) {
        if (endStatus == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run ends COMPLETED or FAILED");
        }
        return new ReconciliationRun(id, name, parameters, startedAt, at, endStatus, checkedItems, mismatches,
                failedItems, failedPages);
    }
}
