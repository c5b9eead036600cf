package org.prisonsync.core.visits;

import java.time.LocalDate;
import java.util.List;
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

    /**
     * The visit scheduler's search, {@code GET /visits/search?prisonerId&prisonId&visitStartDate&visitEndDate
     * &visitStatus=BOOKED,CANCELLED&page&size}: every visit of the prisoner at the prison starting on {@code day},
     * booked or cancelled, across all pages; empty when none. How a migration whose earlier attempt may have written
     * a visit finds it again by its natural key.
     */
    List<DpsVisit> findVisits(String prisonerId, String prisonId, LocalDate day);

    /**
     * {@code DELETE /migrate-visits/{reference}}: removes a visit that {@link #migrateVisit} created (a duplicate of
     * a migrated visit); false when there is no such migrated visit (a visit booked in DPS is never removed this
     * way). Raises no domain event.
     */
    boolean deleteMigratedVisit(String reference);
}
