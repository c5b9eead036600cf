package org.prisonsync.core.appointments;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One attendee of an appointment found by the DPS search ({@code POST /appointments/{prisonCode}/search}): the
 * appointment instance id (the attendee id), the prisoner and booking, the day and start, and whether the
 * appointment is cancelled or deleted in DPS.
 */
public record DpsAppointmentAttendee(long appointmentInstanceId, String prisonerNumber, long bookingId,
                                     LocalDate startDate, LocalTime startTime, boolean cancelled,
                                     boolean deleted) {
}
