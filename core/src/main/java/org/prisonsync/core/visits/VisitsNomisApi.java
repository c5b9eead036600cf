package org.prisonsync.core.visits;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS visits through the NOMIS prisoner API.
 *
 * <p>Contract: {@link #createVisit} is idempotent by NOMIS's natural key: NOMIS answers 409 with the existing visit id
 * for a booking it already holds, which is returned as {@code alreadyExisted}. {@link #findVisit} is empty on 404.
 * Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable, and for a write the
 * outcome is unknown); other refusals throw {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface VisitsNomisApi {

    NomisVisitCreated createVisit(String offenderNo, NomisVisitRequest request);

    /** {@code PUT /prisoners/{offenderNo}/visits/{visitId}}; false when NOMIS has no such visit. */
    boolean updateVisit(String offenderNo, long visitId, NomisVisitRequest request);

    /** {@code PUT /prisoners/{offenderNo}/visits/{visitId}/cancel} with a NOMIS outcome code. */
    CancelResult cancelVisit(String offenderNo, long visitId, String outcome);

    Optional<NomisVisit> findVisit(long visitId);

    /**
     * {@code GET /visits/ids}: one zero-based page of the ids the filter selects, ordered by creation, and the total.
     * A page past the end is empty.
     */
    VisitsMigrationPage findVisitIds(VisitsMigrationFilter filter, int page, int size);

    /** {@code GET /visits/rooms/usage-count}: the rooms the selected future visits use, with counts. */
    List<VisitRoomUsage> roomUsage(VisitsMigrationFilter filter);

    /** {@code GET /visits/{visitId}} with the lead visitor's contact details; empty on 404. */
    Optional<VisitsMigrationSource> findVisitForMigration(long visitId);
}
