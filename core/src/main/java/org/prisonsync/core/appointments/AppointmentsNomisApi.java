package org.prisonsync.core.appointments;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * NOMIS appointments through the NOMIS prisoner API.
 *
 * <p>Contract: {@link #create} adds an appointment to the booking (NOMIS has no duplicate check) and answers its
 * event id; an unknown booking is {@link org.prisonsync.core.UpstreamRejected} 4xx. {@link #update},
 * {@link #cancel}, {@link #uncancel} and {@link #delete} answer false when NOMIS has no such appointment (404).
 * {@link #find} is empty on 404. {@link #eventIds} pages a prison's appointment ids from {@code fromDate} to
 * {@code toDate} inclusive in id order; {@link #findAt} lists the booking's appointments at that location starting
 * at that time (the natural key a duplicate shares). Unreachable / 5xx / timeouts throw
 * {@link org.prisonsync.core.UpstreamUnavailable} (a write's outcome is then unknown).
 */
public interface AppointmentsNomisApi {

    /** {@code POST /appointments}. */
    long create(NomisAppointmentRequest request);

    /** {@code PUT /appointments/{eventId}}; the booking cannot change. */
    boolean update(long eventId, NomisAppointmentRequest request);

    /** {@code PUT /appointments/{eventId}/cancel}. */
    boolean cancel(long eventId);

    /** {@code PUT /appointments/{eventId}/uncancel}. */
    boolean uncancel(long eventId);

    /** {@code DELETE /appointments/{eventId}}. */
    boolean delete(long eventId);

    /** {@code GET /appointments/{eventId}}. */
    Optional<NomisAppointment> find(long eventId);

    /** {@code GET /appointments/ids?prisonIds=&fromDate=&toDate=&page=&size=}: one page of event ids. */
    List<Long> eventIds(String prisonId, LocalDate fromDate, LocalDate toDate, int page, int size);

    /** {@code GET /appointments/booking/{bookingId}/location/{locationId}/start/{dateTime}}. */
    List<NomisAppointment> findAt(long bookingId, long locationId, LocalDateTime start);
}
