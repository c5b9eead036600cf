package org.prisonsync.core.incentives;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS IEPs and IEP reference data through the NOMIS prisoner API.
 *
 * <p>Contract: {@link #createIncentive} adds an IEP to the prisoner's current booking (no duplicate check: NOMIS has
 * none) and answers its booking id and sequence; an unknown prisoner, or one without a booking, throws
 * {@link org.prisonsync.core.UpstreamRejected} 404. Lookups are empty on 404; updates return false when NOMIS has no
 * such level. Creating a level that exists, or reordering, is NOMIS's to refuse ({@code UpstreamRejected}).
 * Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable} (retryable; a write's outcome
 * is then unknown).
 */
public interface IncentivesNomisApi {

    /** {@code POST /prisoners/{prisonNumber}/incentives}. */
    NomisIncentiveId createIncentive(String prisonNumber, NomisIncentiveRequest request);

    /** {@code GET /incentives/booking-id/{bookingId}/incentive-sequence/{incentiveSequence}}. */
    Optional<NomisIncentive> findIncentive(NomisIncentiveId id);

    /** {@code GET /incentives/booking-id/{bookingId}/current}: the booking's current IEP, empty when it has none. */
    Optional<NomisIncentive> currentIncentive(long bookingId);

    /** {@code GET /incentives/reference-codes/{code}}. */
    Optional<NomisIncentiveLevel> findLevel(String code);

    /** {@code POST /incentives/reference-codes}. */
    void createLevel(NomisIncentiveLevel level);

    /** {@code PUT /incentives/reference-codes/{code}}; false when NOMIS has no such level. */
    boolean updateLevel(NomisIncentiveLevel level);

    /** {@code POST /incentives/reference-codes/reorder}: the levels' sequence follows {@code codes}. */
    void reorderLevels(List<String> codes);

    /** {@code GET /incentives/prison/{prison}/code/{code}}. */
    Optional<NomisPrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode);

    /** {@code POST /incentives/prison/{prison}}. */
    void createPrisonLevel(NomisPrisonIncentiveLevel level);

    /** {@code PUT /incentives/prison/{prison}/code/{code}}; false when NOMIS has no such prison level. */
    boolean updatePrisonLevel(NomisPrisonIncentiveLevel level);
}
