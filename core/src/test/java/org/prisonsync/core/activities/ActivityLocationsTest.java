package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;

/**
 * A schedule naming a DPS location is written at the NOMIS location the mapping service gives for it (issue 12:
 * "DPS location ids translated through the location mapping"), and an unmapped one waits, as appointments do.
 */
class ActivityLocationsTest {
    private static final String GYM = "b7602cc8-e769-4cbb-8194-62d8e655992a";
    private static final String YARD = "c1d2e3f4-0000-4a2b-8c3d-000000000042";

    @Test
    void aScheduleAtAMappedDpsLocationIsWrittenAtItsNomisLocationNotDpssCopyOfTheId() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.locations.map(GYM, 9101);
        world.schedule(7);
        world.dps.changeSchedule(7, s -> s.at(27L, GYM));

        assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);

        assertThat(world.nomis.activityAsWritten(world.courseActivityId(7)).orElseThrow().internalLocationId())
                .isEqualTo(9101L);
        assertThat(world.telemetry.count("activity-location-unmapped")).isZero();
    }

    @Test
    void givenAnUnmappedDpsLocation_thenTheCreateWaitsNamingItAndSucceedsOnceTheLocationIsMapped() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);
        world.dps.changeSchedule(7, s -> s.at(27L, GYM));

        Disposition first = world.handle(ActivitiesWorld.scheduleCreated(7));

        assertThat(first).isInstanceOfSatisfying(Disposition.Retry.class, retry -> assertThat(retry.reason())
                .startsWith("not ready: DPS location " + GYM + " of activity schedule 7"));
        assertThat(world.nomis.creates()).isZero();
        assertThat(world.activityMapping(7)).isEmpty();
        assertThat(world.telemetry.named("activity-location-unmapped")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsLocationId", GYM)
                        .containsEntry("activityScheduleId", "7").containsEntry("prisonId", "MDI"));
        assertThat(world.telemetry.named("activity-create-failed").get(0).properties())
                .containsEntry("dpsActivityScheduleId", "7");

        world.locations.map(GYM, 9101);
        assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);
        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.nomis.activityAsWritten(world.courseActivityId(7)).orElseThrow().internalLocationId())
                .isEqualTo(9101L);
    }

    @Test
    void givenAScheduleMovedToAnUnmappedLocation_thenTheAmendWaitsAndNomisKeepsTheOldLocationUntilItIsMapped() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.locations.map(GYM, 9101);
        world.schedule(7);
        world.dps.changeSchedule(7, s -> s.at(27L, GYM));
        world.handle(ActivitiesWorld.scheduleCreated(7));
        long courseActivityId = world.courseActivityId(7);
        world.dps.changeSchedule(7, s -> s.at(28L, YARD));

        Disposition amend = world.handle(ActivitiesWorld.event(ActivitiesSync.SCHEDULE_AMENDED,
                Map.of("activityScheduleId", 7L)));

        assertThat(amend).isInstanceOf(Disposition.Retry.class);
        assertThat(world.nomis.activityAsWritten(courseActivityId).orElseThrow().internalLocationId())
                .isEqualTo(9101L);
        assertThat(world.telemetry.named("activity-location-unmapped")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dpsLocationId", YARD));

        world.locations.map(YARD, 9202);
        assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.SCHEDULE_AMENDED,
                Map.of("activityScheduleId", 7L)))).isEqualTo(Disposition.ACK);
        assertThat(world.nomis.activityAsWritten(courseActivityId).orElseThrow().internalLocationId())
                .isEqualTo(9202L);
    }

    @Test
    void aScheduleWithoutADpsLocationKeepsTheNomisIdDpsCarries() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);

        world.handle(ActivitiesWorld.scheduleCreated(7));

        assertThat(world.nomis.activityAsWritten(world.courseActivityId(7)).orElseThrow().internalLocationId())
                .isEqualTo(27L);
    }
}
