package org.prisonsync.core.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.reconciliation.RunStatus;

/**
 * The three activities reconciliations on the engine over the in-memory twins: exactly the planted differences,
 * classified, released / transferred / switched-booking labelled and not raised, a past date re-run, and the repair
 * (after a dry run that changes nothing) re-synchronising each repairable booking from DPS.
 */
class ActivitiesReconciliationTest {
    /** The session planted on is tomorrow's when the schedule is created (only sessions from today are mapped). */
    private static final LocalDate YESTERDAY = ActivitiesWorld.TODAY.plusDays(1);
    private final ActivitiesWorld world = new ActivitiesWorld();
    private ScheduledInstance yesterday;

    @BeforeEach
    void plant() {
        world.nomis.switchOn("MDI", "LEI");
        ActivitySchedule one = world.mappedSchedule(1);
        world.mappedSchedule(2);
        yesterday = one.instances().get(1);
        long courseSchedule = world.courseScheduleId(yesterday.id());
        long courseActivity = world.courseActivityId(1);
        synced(world.allocation(11, 1, "A0001AA", 101, "ACTIVE"));
        synced(world.attendance(21, yesterday, "A0001AA", 101, "COMPLETED", "ATTENDED"));
        world.allocation(12, 1, "A0002AA", 102, "ACTIVE");                               // never reached NOMIS
        synced(world.allocation(13, 1, "A0003AA", 103, "ACTIVE"));
        world.allocation(13, 1, "A0003AA", 103, "ENDED");                                // its end never did
        world.nomis.insertAttendance(courseSchedule, 103, paidRequest());
        world.attendance(23, yesterday, "A0003AA", 103, "WAITING", null);                // DPS does not pay it
        world.allocation(14, 1, "A0004AA", 104, "ACTIVE");                               // released
        world.allocation(15, 1, "A0005AA", 105, "ACTIVE");                               // transferred to LEI
        synced(world.allocation(16, 1, "A0006AA", 106, "ACTIVE"));
        world.allocation(17, 2, "A0006AA", 106, "ACTIVE");                               // one of two reached NOMIS
        world.attendance(26, yesterday, "A0006AA", 106, "COMPLETED", "ATTENDED");       // never reached NOMIS
        synced(world.allocation(18, 1, "A0007AA", 107, "ACTIVE"));
        world.dps.putAllocation(new Allocation(18, "A0007AA", 107, 1, "SUSPENDED", 1, ActivitiesWorld.TODAY, null,
                null, "in segregation", List.of()));                                    // its suspension never did
        synced(world.allocation(19, 1, "A0008AA", 108, "ACTIVE"));
        world.nomis.insertAttendance(courseSchedule, 108, paidRequest());               // paid early (OTDDSBAL)
        world.nomis.markPaid(courseSchedule, 108);
        world.attendance(28, yesterday, "A0008AA", 108, "WAITING", null);
        world.nomis.insertAllocation(courseActivity, AllocationRequest.from(new Allocation(99, "A0009AA", 110, 1,
                "ENDED", 1, ActivitiesWorld.TODAY, null, null, null, List.of())));
        world.nomis.insertAttendance(courseSchedule, 110, paidRequest());               // paid on the new booking
        synced(world.allocation(20, 1, "A0009AA", 109, "ACTIVE"));                        // then switched to 109
        world.attendance(29, yesterday, "A0009AA", 109, "COMPLETED", "ATTENDED");      // DPS on the old one
        for (int n = 2; n <= 9; n++) {
            world.nomis.putPrisoner(new PrisonerDetails("A000" + n + "AA", 100 + n, n == 4 ? "OUT"
                    : n == 5 ? "LEI" : "MDI", n != 4));
        }
        world.nomis.putPrisoner(new PrisonerDetails("A0009AA", 110, "MDI", false));
        world.clock.advance(java.time.Duration.ofDays(2));                               // the session was yesterday
    }

    private void synced(Allocation allocation) {
        assertThat(world.handle(ActivitiesWorld.allocated(allocation))).isEqualTo(Disposition.ACK);
    }

    private void synced(AttendanceSync attendance) {
        assertThat(world.handle(ActivitiesWorld.attendanceEvent(ActivitiesSync.ATTENDANCE_CREATED, attendance)))
                .isEqualTo(Disposition.ACK);
    }

    private AttendanceRequest paidRequest() {
        return new AttendanceRequest(yesterday.date(), yesterday.startTime(), yesterday.endTime(), "COMP", "ATT",
                null, false, false, true, null);
    }

    private ReconciliationRun run(ActivityCountKind kind, ReconciliationParameters parameters) {
        return world.core.reconciliations().run(kind.reconciliationName(), parameters);
    }

    private Map<String, Mismatch> byKey(ReconciliationRun run) {
        return world.core.reconciliations().mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, Function.identity()));
    }

    @Test
    void allocationsReportExactlyThePlantedBookingsClassifiedWithReleasedAndTransferredLabelled() {
        ReconciliationRun run = run(ActivityCountKind.ALLOCATION, ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        Map<String, Mismatch> found = byKey(run);
        assertThat(found.keySet()).containsExactlyInAnyOrder("102", "103", "104", "105", "106");
        assertThat(found.get("102").fields()).containsEntry("difference", "DPS_ONLY")
                .containsEntry("offenderNo", "A0002AA").containsEntry("prison", "MDI");
        assertThat(found.get("103").fields()).containsEntry("difference", "NOMIS_ONLY");
        assertThat(found.get("106").fields()).containsEntry("difference", "DIFFERENT_COUNT");
        assertThat(found.get("106").nomisValue()).isEqualTo("1");
        assertThat(found.get("106").dpsValue()).isEqualTo("2");
        assertThat(found.get("104").explanation()).contains("RELEASED");
        assertThat(found.get("105").explanation()).contains("TRANSFERRED");
        assertThat(found.get("102").likelySide()).isEqualTo(LikelySide.NOMIS);
        assertThat(run.mismatchCount()).as("explained differences are not raised").isEqualTo(3);
        assertThat(world.telemetry.count("activity-allocation-reconciliation-report-mismatch")).isEqualTo(3);
        assertThat(world.telemetry.count("activity-allocation-reconciliation-report-mismatch-explained"))
                .isEqualTo(2);
    }

    @Test
    void suspendedAllocationsFindTheSuspensionNomisMissed() {
        Map<String, Mismatch> found = byKey(run(ActivityCountKind.SUSPENDED_ALLOCATION,
                ReconciliationParameters.none()));

        assertThat(found.keySet()).containsExactly("107");
        assertThat(found.get("107").fields()).containsEntry("difference", "DPS_ONLY")
                .containsEntry("type", "suspended-allocation");
    }

    @Test
    void attendancesOfYesterdayByDefaultWithTheIgnorableCasesLabelled() {
        ReconciliationRun run = run(ActivityCountKind.ATTENDANCE, ReconciliationParameters.none());

        assertThat(run.parameters()).containsEntry("date", YESTERDAY.toString());
        Map<String, Mismatch> found = byKey(run);
        assertThat(found.keySet()).containsExactlyInAnyOrder("103", "106", "108", "109", "110");
        assertThat(found.get("103").fields()).containsEntry("difference", "NOMIS_ONLY")
                .containsEntry("date", YESTERDAY.toString());
        assertThat(found.get("106").fields()).containsEntry("difference", "DPS_ONLY");
        assertThat(found.get("109").explanation()).contains("SWITCHED_TO_OLD_BOOKING");
        assertThat(found.get("110").explanation()).contains("SWITCHED_TO_OLD_BOOKING");
        assertThat(run.mismatchCount()).isEqualTo(3);
    }

    @Test
    void aPastDateIsReRunWithItsOwnCounts() {
        ReconciliationRun earlier = run(ActivityCountKind.ATTENDANCE,
                ReconciliationParameters.onDate(YESTERDAY.minusDays(3)));
        ReconciliationRun again = run(ActivityCountKind.ATTENDANCE, ReconciliationParameters.onDate(YESTERDAY));

        assertThat(earlier.parameters()).containsEntry("date", YESTERDAY.minusDays(3).toString());
        assertThat(byKey(earlier)).isEmpty();
        assertThat(byKey(again).keySet()).containsExactlyInAnyOrder("103", "106", "108", "109", "110");
    }

    @Test
    void repairsAfterADryRunThatChangesNothingClearEveryRepairableMismatch() {
        for (ActivityCountKind kind : List.of(ActivityCountKind.ALLOCATION, ActivityCountKind.SUSPENDED_ALLOCATION,
                ActivityCountKind.ATTENDANCE)) {
            ReconciliationRun first = run(kind, ReconciliationParameters.none());

            List<RepairResult> planned = world.core.reconciliations().repairAll(first.id(), true);
            assertThat(run(kind, ReconciliationParameters.none()).mismatchCount())
                    .as(kind + " dry run changes nothing").isEqualTo(first.mismatchCount());
            List<RepairResult> done = world.core.reconciliations().repairAll(first.id(), false);

            assertThat(planned).filteredOn(r -> r.outcome() == RepairResult.Outcome.WOULD_REPAIR)
                    .extracting(RepairResult::key).filteredOn(k -> !k.equals("108"))
                    .containsExactlyInAnyOrderElementsOf(done.stream()
                            .filter(r -> r.outcome() == RepairResult.Outcome.REPAIRED).map(RepairResult::key)
                            .toList());
            assertThat(done).filteredOn(r -> r.outcome() == RepairResult.Outcome.FAILED).isEmpty();
        }
        Map<String, Mismatch> allocations = byKey(run(ActivityCountKind.ALLOCATION, ReconciliationParameters.none()));
        assertThat(allocations.keySet()).containsExactlyInAnyOrder("104", "105");
        assertThat(byKey(run(ActivityCountKind.SUSPENDED_ALLOCATION, ReconciliationParameters.none()))).isEmpty();
        ReconciliationRun attendances = run(ActivityCountKind.ATTENDANCE, ReconciliationParameters.none());
        assertThat(byKey(attendances).keySet()).containsExactlyInAnyOrder("108", "109", "110");
        assertThat(attendances.mismatchCount()).as("only the early-paid attendance is left raised").isEqualTo(1);
    }

    @Test
    void theEarlyPaidAttendanceIsLabelledWhenNomisRefusesItsResync() {
        ReconciliationRun run = run(ActivityCountKind.ATTENDANCE, ReconciliationParameters.none());

        RepairResult dry = world.core.reconciliations().repair(run.id(), "108", true);
        RepairResult real = world.core.reconciliations().repair(run.id(), "108", false);

        assertThat(dry.outcome()).isEqualTo(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(dry.description()).contains("attendance 28");
        assertThat(real.outcome()).isEqualTo(RepairResult.Outcome.NOT_REPAIRABLE);
        assertThat(real.description()).startsWith("PAID_EARLY").contains("OTDDSBAL");
        RepairResult released = world.core.reconciliations().repair(run(ActivityCountKind.ALLOCATION,
                ReconciliationParameters.none()).id(), "104", false);
        assertThat(released.outcome()).isEqualTo(RepairResult.Outcome.NOT_REPAIRABLE);
        assertThat(released.description()).startsWith("RELEASED");
    }

    @Test
    void eachRunsDailyUnderItsOwnJob() {
        assertThat(world.core.jobs()).extracting(job -> job.name()).contains("activity-allocations-reconciliation",
                "activity-suspended-allocations-reconciliation", "activity-attendances-reconciliation");
    }
}
