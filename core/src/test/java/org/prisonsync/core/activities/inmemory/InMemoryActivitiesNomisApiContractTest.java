package org.prisonsync.core.activities.inmemory;

import org.prisonsync.core.activities.ActivitiesNomisApi;
import org.prisonsync.core.activities.ActivitiesNomisApiContract;
import org.prisonsync.core.activities.PrisonerDetails;

class InMemoryActivitiesNomisApiContractTest extends ActivitiesNomisApiContract {
    private final InMemoryActivitiesNomisApi nomis = new InMemoryActivitiesNomisApi();

    @Override
    protected ActivitiesNomisApi api() {
        return nomis;
    }

    @Override
    protected void switchOn(String... prisonIds) {
        nomis.switchOn(prisonIds);
    }

    @Override
    protected void putPrisoner(PrisonerDetails details) {
        nomis.putPrisoner(details);
    }

    @Override
    protected long plantAllocationCopy(long courseActivityId, long bookingId) {
        var twin = nomis;
        return twin.insertAllocation(courseActivityId, twin.allocationsOf(courseActivityId, bookingId).get(0)
                .request()).id();
    }

    @Override
    protected long plantAttendanceCopy(long courseScheduleId, long bookingId) {
        var twin = nomis;
        return twin.insertAttendance(courseScheduleId, bookingId, twin.attendancesOf(courseScheduleId, bookingId)
                .get(0).request()).eventId();
    }

    @Override
    protected void prisonerMoved(long bookingId) {
        nomis.prisonerMoved(bookingId);
    }

    @Override
    protected void deleteCourseSchedule(long courseScheduleId) {
        nomis.deleteCourseSchedule(courseScheduleId);
    }
}
