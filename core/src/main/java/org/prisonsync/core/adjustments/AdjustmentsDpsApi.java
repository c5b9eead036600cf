package org.prisonsync.core.adjustments;

import java.util.List;
import java.util.Optional;

/**
 * The DPS adjustments API's legacy endpoints ({@code /legacy/adjustments}, content type
 * {@code application/vnd.nomis-offence+json}), which keep an adjustment in NOMIS's shape and mark it as NOMIS's.
 *
 * <p>Contract: {@link #find} is empty for an id DPS does not have; {@link #update} and {@link #delete} answer false
 * for one. A refusal throws {@link org.prisonsync.core.UpstreamRejected}, an unavailable API
 * {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface AdjustmentsDpsApi {

    /** {@code GET /legacy/adjustments/{adjustmentId}}. */
    Optional<LegacyAdjustment> find(String adjustmentId);

    /** {@code POST /legacy/adjustments}: the new adjustment's id. */
    String create(LegacyAdjustment adjustment);

    /** {@code PUT /legacy/adjustments/{adjustmentId}}. */
    boolean update(String adjustmentId, LegacyAdjustment adjustment);

    /** {@code DELETE /legacy/adjustments/{adjustmentId}}. */
    boolean delete(String adjustmentId);

    /**
     * {@code GET /adjustments?person={offenderNo}}: the ids of the prisoner's adjustments (DPS's default, those not
     * deleted), each then read in NOMIS's shape by {@link #find}; empty when DPS knows no such person (404/422).
     */
    List<String> adjustmentIds(String offenderNo);
}
