package org.prisonsync.http.appointments;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.prisonsync.core.appointments.AppointmentInstance;
import org.prisonsync.core.appointments.AppointmentsDpsApi;
import org.prisonsync.core.appointments.AppointmentsDpsApiContract;
import org.prisonsync.core.appointments.AppointmentsNomisApi;
import org.prisonsync.core.appointments.AppointmentsNomisApiContract;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.appointments.AppointmentsSimulation;

/**
 * The appointments ports' contracts through the OkHttp adapters, over real HTTP with client-credentials auth,
 * against the simulator's appointment routes (which serve core's in-memory twins): the same cases the twins pass,
 * held at the wire.
 */
class OkHttpAppointmentsContractIT {
    private static SimulatedUpstream upstream;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static AppointmentsSimulation simulation() {
        return upstream.simulator.domain(AppointmentsSimulation.class);
    }

    @Nested
    class Nomis extends AppointmentsNomisApiContract {
        private final AppointmentsNomisApi api = AppointmentsHttp.appointmentsNomisApi(upstream.client,
                upstream.settings);

        @Override
        protected AppointmentsNomisApi api() {
            return api;
        }

        @Override
        protected void admit(long bookingId, String offenderNo, String prisonId) {
            simulation().nomis().admit(bookingId, offenderNo, prisonId);
        }
    }

    @Nested
    class Dps extends AppointmentsDpsApiContract {
        private final AppointmentsDpsApi api = AppointmentsHttp.appointmentsDpsApi(upstream.client,
                upstream.settings);

        @Override
        protected AppointmentsDpsApi api() {
            return api;
        }

        @Override
        protected void put(AppointmentInstance instance) {
            simulation().dps().putWithoutEvent(instance);
        }

        @Override
        protected void cancel(long id) {
            simulation().dps().state().cancel(id, true);
        }

        @Override
        protected void delete(long id) {
            simulation().dps().state().delete(id);
        }

        @Override
        protected void rollOut(String prison) {
            simulation().dps().state().rollOut(prison);
        }
    }
}
