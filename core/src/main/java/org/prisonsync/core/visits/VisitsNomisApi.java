package org.prisonsync.core.visits;

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
}
