package org.prisonsync.core.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.queue.Disposition;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.reconciliation.RunStatus;
import org.prisonsync.core.repair.RepairReport;

/**
 * The appointments reconciliation on the engine: exactly the planted differences with their verdicts, the default
 * range and a run's own, the repairs (dry run first, then the next run is clean), and the exclusion list.
 */
class AppointmentsReconciliationTest {
    private final AppointmentsWorld world = new AppointmentsWorld();
    private long duplicate;
    private long nomisOnly;
    private long different;

    private void synced(long id, String prisoner, long booking, int days) {
        world.instance(id, prisoner, booking, days);
        assertThat(world.handle(AppointmentsWorld.event(AppointmentsSync.CREATED, id))).isEqualTo(Disposition.ACK);
    }

    /** Three in step; a NOMIS copy of one, one made in NOMIS, one changed in NOMIS, one never sent to NOMIS. */
    private void plant() {
        synced(1, "A0001AA", 101, 0);
        synced(2, "A0002AA", 102, 5);
        synced(3, "A0003AA", 103, 28);
        duplicate = world.nomis.plant(world.dps.findInstance(1).map(i -> NomisAppointmentRequest.from(i,
                AppointmentsWorld.NOMIS_ROOM)).orElseThrow());
        nomisOnly = world.nomis.plant(new NomisAppointmentRequest(102, AppointmentsWorld.TODAY.plusDays(1),
                LocalTime.of(8, 0), null, 55L, "GYM", "made in NOMIS"));
        synced(4, "A0004AA", 104, 3);
        different = world.nomisIdOf(4);
        NomisAppointment was = world.nomis.find(different).orElseThrow();
        world.nomis.replace(new NomisAppointment(different, 104, "A0004AA", "MDI", was.internalLocation(),
                was.startDateTime().plusHours(2), was.endDateTime().plusHours(2), was.comment(), "EDUC", "SCH"));
        world.instance(5, "A0005AA", 105, 7);
        // outside the default range, and in a prison not rolled out: never looked at
        world.nomis.plant(new NomisAppointmentRequest(101, AppointmentsWorld.TODAY.plusDays(40), LocalTime.NOON,
                null, 55L, "GYM", null));
        world.nomis.admit(900, "Z0001ZZ", "LEI");
        world.nomis.plant(new NomisAppointmentRequest(900, AppointmentsWorld.TODAY, LocalTime.NOON, null, 55L,
                "GYM", null));
    }

    private ReconciliationRun run() {
        return world.core.reconciliations().run(AppointmentsReconciliation.NAME, ReconciliationParameters.none());
    }

    private Map<String, String> verdicts(ReconciliationRun run) {
        return world.core.reconciliations().mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, m -> m.fields().get("verdict")));
    }

    @Test
    void reportsExactlyThePlantedDifferencesWithTheirVerdicts() {
        plant();

        ReconciliationRun run = run();

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.parameters()).containsEntry("from", "2026-03-01").containsEntry("to", "2026-03-30");
        assertThat(verdicts(run)).isEqualTo(Map.of(
                "nomis-" + duplicate, "NOMIS_DUPLICATE",
                "nomis-" + nomisOnly, "NOMIS_ONLY",
                "nomis-" + different, "DIFFERENT",
                "dps-5", "DPS_ONLY"));
        List<Mismatch> mismatches = world.core.reconciliations().mismatches(run.id());
        assertThat(mismatches).allSatisfy(m -> assertThat(m.likelySide()).isEqualTo(LikelySide.NOMIS));
        assertThat(mismatches).filteredOn(m -> m.key().equals("nomis-" + different)).singleElement()
                .satisfies(m -> {
                    assertThat(m.fields()).containsEntry("differences", "subtype,startTime,endTime")
                            .containsEntry("appointmentInstanceId", "4");
                    assertThat(m.nomisValue()).contains("subtype=EDUC").contains("startTime=11:30");
                    assertThat(m.dpsValue()).contains("subtype=CHAP").contains("startTime=09:30");
                });
        assertThat(mismatches).filteredOn(m -> m.key().equals("nomis-" + duplicate)).singleElement()
                .satisfies(m -> assertThat(m.fields()).containsEntry("duplicateOfNomisEventId",
                        Long.toString(world.nomisIdOf(1))));
        assertThat(world.telemetry.count("appointments-reports-reconciliation-mismatch")).isEqualTo(4);
    }

    @Test
    void aRunsOwnRangeIsUsedAndABackwardsOneRefused() {
        plant();

        ReconciliationRun narrow = world.core.reconciliations().run(AppointmentsReconciliation.NAME,
                new ReconciliationParameters(Map.of("from", "2026-03-05", "to", "2026-03-10")));

        assertThat(verdicts(narrow)).containsOnlyKeys("dps-5", "nomis-" + different);
        assertThatThrownBy(() -> world.core.reconciliations().run(AppointmentsReconciliation.NAME,
                new ReconciliationParameters(Map.of("from", "2026-03-10", "to", "2026-03-05"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> world.core.reconciliations().run(AppointmentsReconciliation.NAME,
                new ReconciliationParameters(Map.of("date", "2026-03-10"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
    }

    @Test
    void aDryRunChangesNothingAndTheRepairThenExclusionLeaveTheNextRunClean() {
        plant();
        ReconciliationRun first = run();
        int before = world.nomis.count();

        List<RepairResult> planned = world.core.reconciliations().repairAll(first.id(), true);

        assertThat(planned).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR,
                RepairResult.Outcome.NOT_REPAIRABLE);
        assertThat(world.nomis.count()).isEqualTo(before);
        assertThat(world.nomis.find(duplicate)).isPresent();
        assertThat(run().mismatchCount()).isEqualTo(4);

        Map<String, RepairResult.Outcome> done = world.core.reconciliations().repairAll(first.id(), false).stream()
                .collect(Collectors.toMap(RepairResult::key, RepairResult::outcome));

        assertThat(done).isEqualTo(Map.of("nomis-" + duplicate, RepairResult.Outcome.REPAIRED,
                "nomis-" + different, RepairResult.Outcome.REPAIRED, "dps-5", RepairResult.Outcome.REPAIRED,
                "nomis-" + nomisOnly, RepairResult.Outcome.NOT_REPAIRABLE));
        assertThat(world.nomis.find(duplicate)).isEmpty();
        assertThat(world.nomis.find(world.nomisIdOf(1))).isPresent();
        assertThat(world.nomis.find(different).orElseThrow().subtype()).isEqualTo("CHAP");
        assertThat(world.mappingOf(5)).isPresent();

        world.core.reconciliations().exclude(AppointmentsReconciliation.NAME, "nomis-" + nomisOnly,
                "made in NOMIS after the migration; DPS has a similar one");
        ReconciliationRun last = run();
        assertThat(last.mismatchCount()).isZero();
        assertThat(world.telemetry.count("appointments-reports-reconciliation-excluded")).isEqualTo(1);
    }

    @Test
    void aCancelledStateOnOneSideOnlyIsAFieldDifferenceTheResyncPutsRight() {
        synced(6, "A0006AA", 106, 2);
        synced(7, "A0007AA", 107, 4);
        long dpsCancelled = world.nomisIdOf(6);
        long nomisCancelled = world.nomisIdOf(7);
        world.dps.cancel(6, true); // its cancelled event lost: NOMIS still has it scheduled
        world.nomis.cancel(nomisCancelled); // cancelled in NOMIS only

        ReconciliationRun first = run();

        List<Mismatch> found = world.core.reconciliations().mismatches(first.id());
        assertThat(found).extracting(Mismatch::key).containsExactlyInAnyOrder("nomis-" + dpsCancelled,
                "nomis-" + nomisCancelled);
        assertThat(found).filteredOn(m -> m.key().equals("nomis-" + dpsCancelled)).singleElement()
                .satisfies(m -> {
                    assertThat(m.fields()).containsEntry("verdict", "DIFFERENT")
                            .containsEntry("differences", "cancelled");
                    assertThat(m.nomisValue()).isEqualTo("cancelled=false");
                    assertThat(m.dpsValue()).isEqualTo("cancelled=true");
                });
        assertThat(found).filteredOn(m -> m.key().equals("nomis-" + nomisCancelled)).singleElement()
                .satisfies(m -> assertThat(m.nomisValue()).isEqualTo("cancelled=true"));

        assertThat(world.core.reconciliations().repairAll(first.id(), true)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.nomis.find(dpsCancelled).orElseThrow().cancelled()).isFalse();
        assertThat(world.core.reconciliations().repairAll(first.id(), false)).extracting(RepairResult::outcome)
                .containsOnly(RepairResult.Outcome.REPAIRED);

        assertThat(world.nomis.find(dpsCancelled).orElseThrow().cancelled()).isTrue();
        assertThat(world.nomis.find(nomisCancelled).orElseThrow().cancelled()).isFalse();
        assertThat(run().mismatchCount()).isZero();
        assertThat(world.repairs().resync(6, true).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);
    }

    @Test
    void anExcludedKeyIsSkippedAndReportedOnceItIsConsistent() {
        plant();
        world.core.reconciliations().exclude(AppointmentsReconciliation.NAME, "dps-5", "waiting for DPS team");

        assertThat(verdicts(run())).doesNotContainKey("dps-5");
        world.repairs().resync(5, false);
        run();

        assertThat(world.telemetry.named("appointments-reports-reconciliation-mismatch-excluded-resolved"))
                .singleElement().satisfies(e -> assertThat(e.properties()).containsValue("dps-5"));
    }

    @Test
    void theDuplicateRepairRefusesTheMappedAppointmentAndOneThatIsNoCopy() {
        plant();

        assertThat(world.repairs().deleteDuplicate(world.nomisIdOf(1), false).status())
                .isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repairs().deleteDuplicate(nomisOnly, false).status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.repairs().deleteDuplicate(987_654, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
        assertThat(world.nomis.find(nomisOnly)).isPresent();

        RepairReport planned = world.repairs().deleteDuplicate(duplicate, true);
        assertThat(planned.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.find(duplicate)).isPresent();
        assertThat(world.repairs().deleteDuplicate(duplicate, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.find(duplicate)).isEmpty();
        assertThat(world.telemetry.count(AppointmentRepairs.DELETE_DUPLICATE)).isEqualTo(1);
    }

    @Test
    void theResyncRecreatesAMappedAppointmentNomisLostAndAdoptsAnUnmappedCopy() {
        synced(6, "A0006AA", 106, 2);
        long lost = world.nomisIdOf(6);
        world.nomis.delete(lost);

        assertThat(world.repairs().resync(6, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomisIdOf(6)).isNotEqualTo(lost);
        assertThat(world.nomis.appointmentsOf(106)).hasSize(1);
        assertThat(world.repairs().resync(6, false).status()).isEqualTo(RepairReport.Status.NOTHING_TO_DO);

        AppointmentInstance seven = world.instance(7, "A0007AA", 107, 2);
        long copy = world.nomis.plant(NomisAppointmentRequest.from(seven, AppointmentsWorld.NOMIS_ROOM));
        assertThat(world.repairs().resync(7, false).status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomisIdOf(7)).isEqualTo(copy);
        assertThat(world.nomis.appointmentsOf(107)).hasSize(1);
        assertThat(world.repairs().resync(8, true).status()).isEqualTo(RepairReport.Status.NOT_FOUND);
    }

    @Test
    void runsNightlyAtUpstreamsTime() {
        assertThat(world.core.jobs()).anySatisfy(job -> {
            assertThat(job.name()).isEqualTo("appointments-reconciliation");
            assertThat(job.defaultSchedule()).isEqualTo("5 0 * * *");
        });
        assertThat(LocalDate.of(2026, 3, 1)).isEqualTo(AppointmentsWorld.TODAY.minusDays(1));
    }
}
