package org.prisonsync.core.activities.inmemory;

import java.util.List;
import org.prisonsync.core.activities.ActivitiesDpsApi;
import org.prisonsync.core.activities.ActivitiesDpsApiContract;
import org.prisonsync.core.activities.ActivityPay;
import org.prisonsync.core.activities.ActivitySchedule;
import org.prisonsync.core.activities.Allocation;
import org.prisonsync.core.activities.AttendanceSync;

class InMemoryActivitiesDpsApiContractTest extends ActivitiesDpsApiContract {
    private final InMemoryActivitiesDpsApi dps = new InMemoryActivitiesDpsApi();

    @Override
    protected ActivitiesDpsApi api() {
        return dps;
    }

    @Override
    protected void seed(ActivitySchedule schedule, List<ActivityPay> pay) {
        dps.putSchedule(schedule);
        dps.putActivityPay(schedule.activityId(), pay);
    }

    @Override
    protected void seed(Allocation allocation) {
        dps.putAllocation(allocation);
    }

    @Override
    protected void seed(AttendanceSync attendance) {
        dps.putAttendance(attendance);
    }
}
