package org.prisonsync.core.appointments;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Upstream's field comparison of a mapped pair: prisoner, booking, subtype against category, date, start and end
 * (a missing end is the start plus an hour on either side), location unless the appointment is in cell, prison.
 * Times are compared to the minute, as NOMIS keeps them. Beyond upstream's list, whether the appointment is
 * cancelled: a DPS-cancelled instance whose NOMIS appointment is still scheduled (a lost cancel event), or the
 * reverse, has the prisoner expected where nobody expects them; only DPS's search tells, so it is compared when the
 * caller knows DPS's state.
 */
final class AppointmentComparison {
    private AppointmentComparison() {
    }

    /**
     * The differing fields, by name, as {@code "nomis|dps"}; empty when the pair agrees. {@code dpsCancelled} null:
     * DPS's cancelled state is not known, and not compared.
     */
    static Map<String, String> differences(NomisAppointment nomis, AppointmentInstance dps, Long dpsNomisLocation,
                                           Boolean dpsCancelled) {
        Map<String, String> differ = new LinkedHashMap<>();
        compare(differ, "offenderNo", nomis.offenderNo(), dps.prisonerNumber());
        compare(differ, "bookingId", nomis.bookingId(), dps.bookingId());
        compare(differ, "subtype", nomis.subtype(), dps.categoryCode());
        compare(differ, "date", nomis.startDateTime().toLocalDate(), dps.appointmentDate());
        LocalTime nomisStart = minutes(nomis.startDateTime().toLocalTime());
        compare(differ, "startTime", nomisStart, minutes(dps.startTime()));
        LocalDateTime nomisEnd = nomis.endDateTime() == null ? nomis.startDateTime().plusHours(1)
                : nomis.endDateTime();
        LocalTime dpsEnd = dps.endTime() == null ? dps.startTime().plusHours(1) : dps.endTime();
        compare(differ, "endTime", minutes(nomisEnd.toLocalTime()), minutes(dpsEnd));
        if (!dps.inCell()) {
            compare(differ, "location", nomis.internalLocation(), dpsNomisLocation);
        }
        compare(differ, "prison", nomis.prisonId(), dps.prisonCode());
        if (dpsCancelled != null) {
            compare(differ, "cancelled", nomis.cancelled(), dpsCancelled);
        }
        return differ;
    }

    private static LocalTime minutes(LocalTime time) {
        return time.truncatedTo(ChronoUnit.MINUTES);
    }

    private static void compare(Map<String, String> differ, String field, Object nomis, Object dps) {
        if (!Objects.equals(nomis, dps)) {
            differ.put(field, nomis + "|" + dps);
        }
    }
}
