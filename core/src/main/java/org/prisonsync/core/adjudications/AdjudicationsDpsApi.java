package org.prisonsync.core.adjudications;

import java.util.List;
import java.util.Optional;

/**
 * The DPS adjudications API, what the sync reads: one reported adjudication by charge number
 * ({@code GET /reported-adjudications/{chargeNumber}/v2?includeActivated=true}) and every one of a booking
 * ({@code GET /reported-adjudications/all-by-booking/{offenderBookingId}}, the reconciliation's DPS side).
 *
 * <p>Contract: a charge DPS does not have is empty; failures throw
 * {@link org.prisonsync.core.UpstreamUnavailable} (retryable) or {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface AdjudicationsDpsApi {

    Optional<DpsCharge> charge(String chargeNumber);

    List<DpsCharge> allByBooking(long bookingId);
}
