package org.prisonsync.core.incentives;

import java.util.List;
import java.util.Optional;

/**
 * The DPS incentives API, read only: reviews and the levels DPS owns.
 *
 * <p>Contract: lookups are empty on 404 (no such review, level, prisoner or prison level). {@link #levels} lists
 * every level, inactive ones included, in DPS's order. Unreachable / 5xx / timeouts throw
 * {@link org.prisonsync.core.UpstreamUnavailable} (retryable); other refusals
 * {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface IncentivesDpsApi {

    /** {@code GET /incentive-reviews/id/{id}}. */
    Optional<IncentiveReview> findReview(long id);

    /** {@code GET /incentive-reviews/prisoner/{prisonerNumber}}: the prisoner's current review. */
    Optional<IncentiveReview> currentReview(String prisonerNumber);

    /** {@code GET /incentive/levels/{code}}; inactive levels included. */
    Optional<IncentiveLevel> findLevel(String code);

    /** {@code GET /incentive/levels?with-inactive=true}, in DPS's order. */
    List<IncentiveLevel> levels();

    /** {@code GET /incentive/prison-levels/{prisonId}/level/{levelCode}}. */
    Optional<PrisonIncentiveLevel> findPrisonLevel(String prisonId, String levelCode);
}
