package org.prisonsync.core.appointments;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The DPS activities API's appointment reads.
 *
 * <p>Contract: {@link #findInstance} is empty on 404. {@link #appointmentPrisons} lists the prisons live with
 * appointments rolled out, in code order. {@link #search} lists every attendee of the prison's appointments starting
 * from {@code startDate} to {@code endDate} inclusive, cancelled and deleted ones flagged, in instance id order.
 * Unreachable / 5xx / timeouts throw {@link org.prisonsync.core.UpstreamUnavailable}; other refusals
 * {@link org.prisonsync.core.UpstreamRejected}.
 */
public interface AppointmentsDpsApi {

    /** {@code GET /appointment-instances/{appointmentInstanceId}}. */
    Optional<AppointmentInstance> findInstance(long appointmentInstanceId);

    /** {@code GET /rollout?prisonsLive=true}, those with {@code appointmentsRolledOut}. */
    List<String> appointmentPrisons();

    /** {@code POST /appointments/{prisonCode}/search} with {@code startDate} and {@code endDate}. */
    List<DpsAppointmentAttendee> search(String prisonCode, LocalDate startDate, LocalDate endDate);
}
