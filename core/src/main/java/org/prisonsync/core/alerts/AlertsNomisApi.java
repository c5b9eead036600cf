package org.prisonsync.core.alerts;

import java.util.List;
import java.util.Optional;

/**
 * NOMIS alerts through the NOMIS prisoner API. Every write is audited as made by DPS synchronisation, which is how
 * the {@code ALERT-*} events it raises are recognised as echoes.
 *
 * <p>Contract: {@link #createAlert} writes onto the prisoner's current booking; when NOMIS already has an active
 * alert with that code on the booking it writes nothing and answers 409 with that alert's id, returned as
 * {@code alreadyActive} (so a resumed create finds what a lost attempt wrote). Lookups are empty on 404; update and
 * delete return false when NOMIS has no such alert, and delete is idempotent. An unknown prisoner (or one without
 * bookings) throws {@link org.prisonsync.core.UpstreamRejected} 404 from writes and gives an empty list from
 * {@link #currentBookingAlerts}. Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable}
 * (retryable; the outcome of a write is unknown).
 */
public interface AlertsNomisApi {

    /** {@code POST /prisoners/{offenderNo}/alerts}. */
    NomisAlertCreated createAlert(String offenderNo, NomisAlertRequest request);

    /** {@code PUT /prisoners/booking-id/{bookingId}/alerts/{alertSequence}}; false when NOMIS has no such alert. */
    boolean updateAlert(NomisAlertId id, NomisAlertRequest request);

    /** {@code DELETE /prisoners/booking-id/{bookingId}/alerts/{alertSequence}}; false when there was none. */
    boolean deleteAlert(NomisAlertId id);

    /** {@code GET /prisoners/booking-id/{bookingId}/alerts/{alertSequence}}. */
    Optional<NomisAlert> findAlert(NomisAlertId id);

    /**
     * {@code GET /prisoners/{offenderNo}/alerts/to-migrate}: every alert (active or not) on the prisoner's current
     * booking, in alert sequence order; empty when the prisoner has no bookings.
     */
    List<NomisAlert> currentBookingAlerts(String offenderNo);

    /**
     * {@code POST /prisoners/{offenderNo}/alerts/resynchronise}: replaces every alert on the current booking with
     * these (no duplicate check) and returns the new ids in request order.
     */
    List<NomisAlertId> resynchronise(String offenderNo, List<NomisAlertRequest> alerts);
}
