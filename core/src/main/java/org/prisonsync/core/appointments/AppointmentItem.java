package org.prisonsync.core.appointments;

import java.util.Map;
import java.util.Set;

/**
 * One item of the appointments reconciliation, within one prison's range of days: a NOMIS appointment listed by
 * NOMIS ({@code nomis-<eventId>}, with whether DPS holds each instance of the prison's range cancelled, since only
 * DPS's search says so and not its instance read), or a DPS appointment instance found by the DPS search
 * ({@code dps-<instanceId>}, with the NOMIS event ids NOMIS listed for the prison, to tell whether its mapped
 * appointment was among them).
 */
public sealed interface AppointmentItem {
    String NOMIS_KEY = "nomis-";
    String DPS_KEY = "dps-";

    String prison();

    String key();

    record NomisEvent(String prison, long eventId, Map<Long, Boolean> dpsCancelled) implements AppointmentItem {
        @Override
        public String key() {
            return NOMIS_KEY + eventId;
        }

        @Override
        public String toString() {
            // never the prison's whole map of instances
            return "NomisEvent[" + prison + ", " + eventId + "]";
        }
    }

    record DpsInstance(String prison, DpsAppointmentAttendee attendee, Set<Long> nomisEventIds)
            implements AppointmentItem {
        @Override
        public String key() {
            return DPS_KEY + attendee.appointmentInstanceId();
        }

        @Override
        public String toString() {
            // never the prison's whole id set
            return "DpsInstance[" + prison + ", " + attendee.appointmentInstanceId() + "]";
        }
    }
}
