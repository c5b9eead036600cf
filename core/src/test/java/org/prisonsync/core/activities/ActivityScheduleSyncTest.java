package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.testing.FailingMappingStore;

class ActivityScheduleSyncTest {

    @Test
    void aDpsScheduleBecomesAMappedCourseActivityWithPayRulesAndItsSessionsFromToday() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.schedule(7);

        assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);

        long courseActivityId = world.courseActivityId(7);
        CourseActivityRequest written = world.nomis.activityAsWritten(courseActivityId).orElseThrow();
        assertThat(written.code()).isEqualTo("70-7");
        assertThat(written.prisonId()).isEqualTo("MDI");
        assertThat(written.programCode()).isEqualTo("SAA_INDUSTRIES");
        assertThat(written.internalLocationId()).isEqualTo(27L);
        assertThat(written.payRates()).extracting(PayRate::incentiveLevel, PayRate::payBand, PayRate::rate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STD", "1", new BigDecimal("1.25")),
                        org.assertj.core.groups.Tuple.tuple("ENH", "2", new BigDecimal("1.50")));
        assertThat(written.scheduleRules()).singleElement().satisfies(rule -> assertThat(rule.days())
                .containsExactlyInAnyOrder(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY));
        assertThat(written.excludeBankHolidays()).isTrue();
        assertThat(written.schedules()).as("yesterday's session is NOMIS's history").hasSize(1);
        ScheduledInstance tomorrow = schedule.instances().get(1);
        assertThat(world.instanceMapping(tomorrow.id())).map(Mapping::mappingType).contains("ACTIVITY_CREATED");
        assertThat(world.nomis.courseSchedule(world.courseScheduleId(tomorrow.id())).orElseThrow().date())
                .isEqualTo(tomorrow.date());
        assertThat(world.instanceMapping(schedule.instances().get(0).id())).isEmpty();
        assertThat(world.telemetry.named("activity-create-success").get(0).properties())
                .containsEntry("dpsActivityScheduleId", "7").containsEntry("nomisId", Long.toString(courseActivityId));
    }

    @Test
    void givenTheSameEventDeliveredThreeTimes_thenNomisGetsOneCourseActivity() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);

        for (int i = 0; i < 3; i++) {
            assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.telemetry.count("activity-create-duplicate")).isEqualTo(2);
        assertThat(world.nomis.courseSchedulesOf(world.courseActivityId(7))).hasSize(1);
    }

    @Test
    void givenTwoConsumersDeliveredTheSameEventAtOnce_thenNomisGetsOneCourseActivity() throws Exception {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService consumers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Disposition>> deliveries = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                deliveries.add(consumers.submit(() -> {
                    start.await();
                    return world.handle(ActivitiesWorld.scheduleCreated(7));
                }));
            }
            start.countDown();
            for (Future<Disposition> delivery : deliveries) {
                delivery.get(10, TimeUnit.SECONDS);
            }
        } finally {
            consumers.shutdownNow();
        }

        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.activityMapping(7)).isPresent();
    }

    @Test
    void givenTheMappingSaveFails_thenItsRetrySavesItAndTheSessionsAreLinkedWithoutWritingNomisAgain() {
        ActivitiesWorld world = new ActivitiesWorld(store -> new FailingMappingStore(store, 1));
        ActivitySchedule schedule = world.schedule(7);

        assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);
        assertThat(world.telemetry.count("activity-mapping-create-failed")).isEqualTo(1);
        assertThat(world.instanceMapping(schedule.instances().get(1).id())).isPresent();

        world.pump();

        assertThat(world.activityMapping(7)).isPresent();
        assertThat(world.telemetry.count("activity-create-mapping-retry-success")).isEqualTo(1);
        assertThat(world.nomis.creates()).isEqualTo(1);
    }

    @Test
    void givenASessionLeftUnlinked_thenTheRedeliveryLinksItByWritingTheScheduleOverTheSameCourseActivity() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.mappedSchedule(7);
        long instance = schedule.instances().get(1).id();
        world.storedMappings.deleteByDpsId(ActivitiesSync.SCHEDULE_ENTITY_TYPE, Long.toString(instance));

        assertThat(world.handle(ActivitiesWorld.scheduleCreated(7))).isEqualTo(Disposition.ACK);

        assertThat(world.nomis.creates()).isEqualTo(1);
        assertThat(world.instanceMapping(instance)).map(Mapping::mappingType).contains("ACTIVITY_UPDATED");
        assertThat(world.telemetry.named("activity-create-duplicate").get(0).properties())
                .containsEntry("unlinkedScheduledInstances", "0");
    }

    @Test
    void anAmendAddsANewSessionAndKeepsTheMappedOne() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.mappedSchedule(7);
        long courseActivityId = world.courseActivityId(7);
        long kept = world.courseScheduleId(schedule.instances().get(1).id());
        ScheduledInstance added = ActivitiesWorld.instance(703, 7, ActivitiesWorld.TODAY.plusDays(8));
        world.dps.changeSchedule(7, s -> new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(),
                s.categoryCode(), s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(), 20,
                s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(),
                List.of(s.instances().get(0), s.instances().get(1), added)));

        assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.SCHEDULE_AMENDED,
                Map.of("activityScheduleId", 7)))).isEqualTo(Disposition.ACK);

        assertThat(world.nomis.activityAsWritten(courseActivityId).orElseThrow().capacity()).isEqualTo(20);
        assertThat(world.nomis.courseSchedulesOf(courseActivityId)).hasSize(2);
        assertThat(world.courseScheduleId(schedule.instances().get(1).id())).isEqualTo(kept);
        assertThat(world.instanceMapping(703)).map(Mapping::mappingType).contains("ACTIVITY_UPDATED");
        assertThat(world.telemetry.count("activity-amend-success")).isEqualTo(1);
    }

    @Test
    void anAmendOfAScheduleNotMappedYetIsRetried() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.schedule(7);

        Disposition disposition = world.handle(ActivitiesWorld.event(ActivitiesSync.SCHEDULE_AMENDED,
                Map.of("activityScheduleId", 7)));

        assertThat(disposition).isInstanceOf(Disposition.Retry.class);
        assertThat(world.telemetry.count("activity-amend-awaiting-parent")).isEqualTo(1);
    }

    @Test
    void aCancelledSessionIsWrittenToItsCourseSchedule() {
        ActivitiesWorld world = new ActivitiesWorld();
        ActivitySchedule schedule = world.mappedSchedule(7);
        ScheduledInstance tomorrow = schedule.instances().get(1);
        world.dps.changeSchedule(7, s -> new ActivitySchedule(s.id(), s.activityId(), s.prisonCode(), s.summary(),
                s.categoryCode(), s.payPerSession(), s.outsideWork(), s.description(), s.internalLocationId(),
                s.capacity(), s.startDate(), s.endDate(), s.runsOnBankHoliday(), s.slots(),
                List.of(s.instances().get(0), new ScheduledInstance(tomorrow.id(), 7, tomorrow.date(),
                        tomorrow.startTime(), tomorrow.endTime(), true))));

        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.INSTANCE_AMENDED,
                    Map.of("scheduledInstanceId", tomorrow.id())))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.nomis.courseSchedule(world.courseScheduleId(tomorrow.id())).orElseThrow().cancelled())
                .isTrue();
        assertThat(world.nomis.courseSchedulesOf(world.courseActivityId(7))).hasSize(1);
        assertThat(world.telemetry.count("activity-scheduled-instance-amend-success")).isEqualTo(2);
    }

    @Test
    void anAmendedSessionNomisDoesNotHoldYetIsCreatedAndMappedOnce() {
        ActivitiesWorld world = new ActivitiesWorld();
        world.mappedSchedule(7);
        ScheduledInstance past = world.dps.findScheduledInstance(701).orElseThrow();

        for (int i = 0; i < 2; i++) {
            assertThat(world.handle(ActivitiesWorld.event(ActivitiesSync.INSTANCE_AMENDED,
                    Map.of("scheduledInstanceId", past.id())))).isEqualTo(Disposition.ACK);
        }

        assertThat(world.instanceMapping(701)).map(Mapping::mappingType).contains("ACTIVITY_UPDATED");
        assertThat(world.nomis.courseSchedulesOf(world.courseActivityId(7))).hasSize(2);
    }
}
