package org.prisonsync.core.visits;

import java.util.Optional;

/**
 * The DPS visit scheduler.
 *
 * <p>Contract: {@link #findVisit} is empty on 404. {@link #cancelVisit} ({@code PUT /migrate-visits/{reference}/cancel})
 * records a cancellation made in NOMIS and marks the resulting domain event as NOMIS-sourced, so it is not echoed
 * back. Failures as for {@link VisitsNomisApi}.
 */
public interface VisitsDpsApi {

    Optional<DpsVisit> findVisit(String reference);

    CancelResult cancelVisit(String reference, String outcomeStatus, String actionedBy);

    /**
     * {@code POST /migrate-visits}: creates the visit as migrated from NOMIS and returns its reference. Not
     * idempotent (the engine skips mapped visits instead). DPS refusing the body throws
     * {@link org.prisonsync.core.UpstreamRejected} with status 422; it raises no domain event to sync back.
     */
    String migrateVisit(VisitsMigrationRequest request);
}
