package org.prisonsync.http.activities;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesDpsApiContract;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;
import org.prisonsync.http.SimulatedUpstream;
import org.prisonsync.simulator.activities.ActivitiesSimulation;
import org.prisonsync.simulator.activities.DpsActivities;

/**
 * The DPS activities contract through OkHttp, over real HTTP with client-credentials auth, against the simulator's
 * activities API routes: the same cases core's in-memory twin passes, held at the wire. Seeds go into the simulated
 * DPS as the activities API would hold them.
 */
class OkHttpActivitiesDpsApiContractIT extends ActivitiesDpsApiContract {
    private static SimulatedUpstream upstream;
    private static ActivitiesDpsApi api;

    @BeforeAll
    static void startSimulator() {
        upstream = new SimulatedUpstream();
        api = ActivitiesHttp.activitiesDpsApi(upstream.client, upstream.settings);
    }

    @AfterAll
    static void stopSimulator() {
        if (upstream != null) {
            upstream.close();
        }
    }

    private static DpsActivities dps() {
        return upstream.simulator.domain(ActivitiesSimulation.class).dps();
    }

    @Override
    protected ActivitiesDpsApi api() {
        return api;
    }

    @Override
    protected void seed(ActivitySchedule schedule, List<ActivityPay> pay) {
        dps().createSchedule(schedule, pay);
    }

    @Override
    protected void seed(Allocation allocation) {
        dps().putAllocationWithoutEvent(allocation);
    }

    @Override
    protected void seed(AttendanceSync attendance) {
        dps().putAttendanceWithoutEvent(attendance);
    }
}
