package org.prisonsync.core.migration;

import java.util.List;
import java.util.Optional;

/**
 * The history of migration runs.
 *
 * <p>Contract: {@link #start} is atomic across processes: of two starts of one type while none is active exactly one
 * gets {@code STARTED}. {@link #transition} is a compare-and-set on the status, so a completion check and a cancel
 * cannot overwrite each other. Lookups are empty when absent; {@link #find(HistoryQuery)} is newest first. Store
 * failures throw {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface MigrationHistory {

    RunStart start(MigrationRun run);

    Optional<MigrationRun> find(String migrationId);

    /** The most recently started run of the type, whatever its status. */
    Optional<MigrationRun> latest(String type);

    List<MigrationRun> find(HistoryQuery query);

    /**
     * Replaces the run's status, end time and counts with {@code next}'s if its status is still {@code expected};
     * false (and nothing written) otherwise or if there is no such run.
     */
    boolean transition(String migrationId, MigrationStatus expected, MigrationRun next);
}
