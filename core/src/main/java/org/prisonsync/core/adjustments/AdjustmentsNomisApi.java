package org.prisonsync.core.adjustments;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS's sentencing adjustment endpoints (nomis-prisoner-api). Writes made through it are audited
 * {@code DPS_SYNCHRONISATION}, so the events NOMIS raises for them are recognised as our own.
 *
 * <p>Contract: {@link #find} is empty for an id NOMIS does not have; {@link #update} answers false for one; {@link #delete}
 * succeeds whether or not NOMIS had it (NOMIS answers 204 either way). A refusal throws
 * {@link org.prisonsync.core.UpstreamRejected}, an unavailable NOMIS {@link org.prisonsync.core.UpstreamUnavailable}.
 */
public interface AdjustmentsNomisApi {

    /** {@code POST /prisoners/booking-id/{bookingId}/sentences/{sentenceSequence}/adjustments}. */
    NomisAdjustmentId createSentenceAdjustment(long bookingId, long sentenceSequence, NomisAdjustmentRequest request);

    /** {@code POST /prisoners/booking-id/{bookingId}/adjustments}. */
    NomisAdjustmentId createKeyDateAdjustment(long bookingId, NomisAdjustmentRequest request);

    /** {@code PUT /sentence-adjustments/{id}} or {@code PUT /key-date-adjustments/{id}}; false when NOMIS has none. */
    boolean update(NomisAdjustmentId id, NomisAdjustmentRequest request);

    /** {@code DELETE /sentence-adjustments/{id}} or {@code DELETE /key-date-adjustments/{id}}. */
    void delete(NomisAdjustmentId id);

    /** {@code GET /sentence-adjustments/{id}} or {@code GET /key-date-adjustments/{id}}. */
    Optional<NomisAdjustment> find(NomisAdjustmentId id);

    /** {@code GET /prisoners/booking-id/{bookingId}/sentencing-adjustments?active-only=…}: both kinds. */
    List<NomisAdjustment> bookingAdjustments(long bookingId, boolean activeOnly);
}
