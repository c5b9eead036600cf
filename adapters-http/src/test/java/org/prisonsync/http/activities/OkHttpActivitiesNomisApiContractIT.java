package org.prisonsync.http.activities;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.ActivitiesNomisApiContract;
import org.prisonsync.core.activities.PrisonerDetails;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.activities.ActivitiesSimulation;

/**
 * The NOMIS activities contract through OkHttp, over real HTTP with client-credentials auth, against the simulator's
 * NOMIS activity routes (which serve core's in-memory twin): the same cases the twin passes, held at the wire.
 */
class OkHttpActivitiesNomisApiContractIT extends ActivitiesNomisApiContract {
    private static SimulatedUpstream upstream;
    private static ActivitiesNomisApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = ActivitiesHttp.activitiesNomisApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    @Override
    protected ActivitiesNomisApi api() {
        return api;
    }

    @Override
    protected void switchOn(String... prisonIds) {
        upstream.simulator.domain(ActivitiesSimulation.class).nomis().switchOn(prisonIds);
    }

    @Override
    protected void putPrisoner(PrisonerDetails details) {
        upstream.simulator.domain(ActivitiesSimulation.class).nomis().putPrisoner(details);
    }

    @Override
    protected long plantAllocationCopy(long courseActivityId, long bookingId) {
        var twin = upstream.simulator.domain(ActivitiesSimulation.class).nomis();
        return twin.insertAllocation(courseActivityId, twin.allocationsOf(courseActivityId, bookingId).get(0)
                .request()).id();
    }

    @Override
    protected long plantAttendanceCopy(long courseScheduleId, long bookingId) {
        var twin = upstream.simulator.domain(ActivitiesSimulation.class).nomis();
        return twin.insertAttendance(courseScheduleId, bookingId, twin.attendancesOf(courseScheduleId, bookingId)
                .get(0).request()).eventId();
    }

    @Override
    protected void prisonerMoved(long bookingId) {
        upstream.simulator.domain(ActivitiesSimulation.class).nomis().prisonerMoved(bookingId);
    }

    @Override
    protected void deleteCourseSchedule(long courseScheduleId) {
        upstream.simulator.domain(ActivitiesSimulation.class).nomis().deleteCourseSchedule(courseScheduleId);
    }
}
