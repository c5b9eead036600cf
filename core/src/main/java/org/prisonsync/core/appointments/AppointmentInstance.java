package org.prisonsync.core.appointments;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One DPS appointment instance ({@code GET /appointment-instances/{id}}, the activities API's {@code AppointmentInstance}):
 * one prisoner's attendance of one appointment; its id is the appointment attendee id. Only the fields the sync
 * writes or compares are kept. {@code internalLocationId} is the NOMIS location (deprecated upstream),
 * {@code dpsLocationId} the DPS location uuid, translated through the location mapping when present; both are
 * null for an appointment in cell. {@code endTime} may be null.
 */
public record AppointmentInstance(long id, long bookingId, String prisonCode, String prisonerNumber,
                                  String categoryCode, String customName, Long internalLocationId,
                                  String dpsLocationId, boolean inCell, LocalDate appointmentDate,
                                  LocalTime startTime, LocalTime endTime, String extraInformation) {
    public AppointmentInstance {
        if (id < 1 || bookingId < 1) {
            throw new IllegalArgumentException("an appointment instance needs a positive id and booking id");
        }
        Objects.requireNonNull(prisonCode, "prisonCode");
        Objects.requireNonNull(prisonerNumber, "prisonerNumber");
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(appointmentDate, "appointmentDate");
        Objects.requireNonNull(startTime, "startTime");
    }

    /** The same instance with other fields, as a DPS user's edit would leave it. */
    public AppointmentInstance withTimes(LocalDate date, LocalTime start, LocalTime end) {
        return new AppointmentInstance(id, bookingId, prisonCode, prisonerNumber, categoryCode, customName,
                internalLocationId, dpsLocationId, inCell, date, start, end, extraInformation);
    }

    public AppointmentInstance withCategory(String category) {
        return new AppointmentInstance(id, bookingId, prisonCode, prisonerNumber, category, customName,
                internalLocationId, dpsLocationId, inCell, appointmentDate, startTime, endTime, extraInformation);
    }
}
