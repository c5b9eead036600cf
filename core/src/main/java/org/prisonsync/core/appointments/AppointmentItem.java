package org.prisonsync.core.appointments;

import java.util.Set;

/**
 * One item of the appointments reconciliation, within one prison's range of days: a NOMIS appointment listed by
 * NOMIS ({@code nomis-<eventId>}), or a DPS appointment instance found by the DPS search ({@code dps-<instanceId>},
 * with the NOMIS event ids NOMIS listed for the prison, to tell whether its mapped appointment was among them).
 */
public sealed interface AppointmentItem {
    String NOMIS_KEY = "nomis-";
    String DPS_KEY = "dps-";

    String prison();

    String key();

    record NomisEvent(String prison, long eventId) implements AppointmentItem {
        @Override
        public String key() {
            return NOMIS_KEY + eventId;
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
