package org.prisonsync.core.appointments.inmemory;

import org.junit.jupiter.api.Nested;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.AppointmentsDpsApiContract;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.core.appointments.AppointmentsNomisApiContract;

/** The appointments ports' contracts, run against the in-memory twins (the shared location mappings' run in
 * {@code core.locations.inmemory}). */
class InMemoryAppointmentsContractTest {

    @Nested
    class Nomis extends AppointmentsNomisApiContract {
        private final InMemoryAppointmentsNomisApi nomis = new InMemoryAppointmentsNomisApi();

        @Override
        protected AppointmentsNomisApi api() {
            return nomis;
        }

        @Override
        protected void admit(long bookingId, String offenderNo, String prisonId) {
            nomis.admit(bookingId, offenderNo, prisonId);
        }
    }

    @Nested
    class Dps extends AppointmentsDpsApiContract {
        private final InMemoryAppointmentsDpsApi dps = new InMemoryAppointmentsDpsApi();

        @Override
        protected AppointmentsDpsApi api() {
            return dps;
        }

        @Override
        protected void put(AppointmentInstance instance) {
            dps.put(instance);
        }

        @Override
        protected void cancel(long id) {
            dps.cancel(id, true);
        }

        @Override
        protected void delete(long id) {
            dps.delete(id);
        }

        @Override
        protected void rollOut(String prison) {
            dps.rollOut(prison);
        }
    }
}
