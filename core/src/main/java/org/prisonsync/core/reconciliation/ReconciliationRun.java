package org.prisonsync.core.reconciliation;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One run of a reconciliation, as persisted: who and what ({@code name}, {@code parameters}), when, how it ended,
 * and its counts: how many items the population said it held ({@code total}, null when it could not say before
 * paging, or could not be read, or the run is still going), pages read, items checked, mismatches reported
 * (excluded keys are not), items and pages that failed. The counts are written when the run ends.
 */
public record ReconciliationRun(String id, String name, Map<String, String> parameters, Instant startedAt,
                                Instant endedAt, RunStatus status, Long total, long pagesRead, long checked,
                                long mismatchCount, long itemErrors, long pageErrors) {
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
        if ((total != null && total < 0) || pagesRead < 0 || checked < 0 || mismatchCount < 0 || itemErrors < 0
                || pageErrors < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static ReconciliationRun started(String id, String name, ReconciliationParameters parameters,
                                            Instant startedAt) {
        return new ReconciliationRun(id, name, parameters.values(), startedAt, null, RunStatus.RUNNING, null, 0, 0,
                0, 0, 0);
    }

    public ReconciliationRun ended(RunStatus endStatus, Instant at, Long populationTotal, long readPages,
                                   long checkedItems, long mismatches, long failedItems, long failedPages) {
        if (endStatus == RunStatus.RUNNING) {
            throw new IllegalArgumentException("a run ends COMPLETED or FAILED");
        }
        return new ReconciliationRun(id, name, parameters, startedAt, at, endStatus, populationTotal, readPages,
                checkedItems, mismatches, failedItems, failedPages);
    }
}
