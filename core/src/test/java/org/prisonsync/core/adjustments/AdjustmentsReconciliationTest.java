package org.prisonsync.core.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.repair.RepairReport;

/**
 * The sentencing reconciliation per latest booking on the engine, the duplicates it reports and the repairs: exactly
 * the planted differences, zero-day and other-booking adjustments ignored, a duplicate on each side reported once per
 * run with its id, the dry run changing nothing, and the next run clean after the repair.
 */
class AdjustmentsReconciliationTest {
    private static final String CLEAN = "A1000AA";
    private static final long CLEAN_BOOKING = 601;
    private static final String COPIES = "A1000AB";
    private static final long COPIES_BOOKING = 602;
    private static final String MISSING = "A1000AC";
    private static final long MISSING_BOOKING = 603;
    private final AdjustmentsWorld world = new AdjustmentsWorld();
    private NomisAdjustmentId nomisCopy;
    private String dpsCopy;
    private NomisAdjustmentId nomisOnly;
    private String dpsOnly;

    private String syncedFromDps(String prisoner, long booking, String type, Integer sentenceSequence) {
        String uuid = UUID.randomUUID().toString();
        world.dps.put(uuid, new LegacyAdjustment(booking, sentenceSequence, prisoner, type, LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 12, 1), 10, null, true, false, "MDI", true));
        Map<String, Object> info = new java.util.LinkedHashMap<>();
        info.put("id", uuid);
        info.put("offenderNo", prisoner);
        world.toNomis(AdjustmentsWorld.dpsEvent(AdjustmentsSync.INSERTED, info));
        assertThat(world.mappingOfDps(uuid)).isPresent();
        return uuid;
    }

    private void plant() {
        for (Object[] p : new Object[][] {{CLEAN, CLEAN_BOOKING}, {COPIES, COPIES_BOOKING},
            {MISSING, MISSING_BOOKING}}) {
            world.nomis.admit((long) p[1], (String) p[0], 1, "MDI");
            world.active.add((String) p[0], (long) p[1]);
        }
        syncedFromDps(CLEAN, CLEAN_BOOKING, "RX", 1);
        syncedFromDps(CLEAN, CLEAN_BOOKING, "UAL", null);
        // ignored: a zero-day NOMIS adjustment, a DPS adjustment of an older booking
        world.nomis.plant(CLEAN_BOOKING, null, new NomisAdjustmentRequest("LAL", null, LocalDate.of(2026, 1, 1), 0,
                null, true, null));
        world.dps.put(UUID.randomUUID().toString(), new LegacyAdjustment(599, null, CLEAN, "ADA", null,
                LocalDate.of(2020, 1, 1), 5, null, true, true, "MDI", false));

        String keptDps = syncedFromDps(COPIES, COPIES_BOOKING, "ADA", null);
        NomisAdjustmentId kept = NomisAdjustmentId.parseKey(world.mappingOfDps(keptDps).orElseThrow().nomisId())
                .orElseThrow();
        NomisAdjustment original = world.nomis.find(kept).orElseThrow();
        nomisCopy = world.nomis.plant(COPIES_BOOKING, null, new NomisAdjustmentRequest("ADA",
                original.adjustmentDate(), original.adjustmentFromDate(), original.adjustmentDays(), null, true, null));
        String keptDps2 = syncedFromDps(COPIES, COPIES_BOOKING, "S240A", 2);
        dpsCopy = UUID.randomUUID().toString();
        world.dps.put(dpsCopy, world.dps.find(keptDps2).orElseThrow());

        nomisOnly = world.nomis.plant(MISSING_BOOKING, 1L, AdjustmentsWorld.nomisRequest("RSR", 7));
        dpsOnly = UUID.randomUUID().toString();
        world.dps.put(dpsOnly, new LegacyAdjustment(MISSING_BOOKING, null, MISSING, "UAL", null,
                LocalDate.of(2026, 1, 1), 3, null, true, false, "MDI", true));
    }

    private ReconciliationRun run() {
        return world.core.reconciliations().run(AdjustmentsReconciliation.NAME, ReconciliationParameters.none());
    }

    private Map<String, Mismatch> mismatches(ReconciliationRun run) {
        return world.core.reconciliations().mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, m -> m));
    }

    @Test
    void reportsExactlyThePlantedDifferencesAndEachDuplicateOnceWithItsId() {
        plant();

        ReconciliationRun run = run();

        Map<String, Mismatch> found = mismatches(run);
        assertThat(found).containsOnlyKeys(COPIES, MISSING);
        Mismatch copies = found.get(COPIES);
        assertThat(copies.fields()).containsEntry("bookingId", Long.toString(COPIES_BOOKING))
                .containsEntry("nomisAdjustmentsCount", "3").containsEntry("dpsAdjustmentsCount", "3")
                .containsEntry("differences", "ADA:2|1,TAGGED_BAIL:1|2")
                .containsEntry("duplicateNomisAdjustmentIds", nomisCopy.key())
                .containsEntry("duplicateAdjustmentIds", dpsCopy);
        assertThat(found.get(MISSING).fields()).containsEntry("differences", "REMAND:1|0,UAL:0|1");
        assertThat(found.get(MISSING).likelySide()).isEqualTo(LikelySide.UNKNOWN);
        assertThat(world.telemetry.named("to-nomis-synch-sentencing-adjustment-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties())
                        .containsEntry("duplicateNomisAdjustmentId", Long.toString(nomisCopy.id()))
                        .containsEntry("duplicateNomisAdjustmentCategory", "KEY-DATE"));
        assertThat(world.telemetry.named("from-nomis-synch-adjustment-duplicate")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("duplicateAdjustmentId", dpsCopy));
        assertThat(world.telemetry.count("sentencing-reports-reconciliation-mismatch")).isEqualTo(2);
    }

    @Test
    void aDryRunChangesNothingAndTheRepairLeavesTheNextRunClean() {
        plant();
        ReconciliationRun first = run();
        int nomisBefore = world.nomis.count();
        int dpsBefore = world.dps.count();

        List<RepairResult> planned = world.core.reconciliations().repairAll(first.id(), true);

        assertThat(planned).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.nomis.count()).isEqualTo(nomisBefore);
        assertThat(world.dps.count()).isEqualTo(dpsBefore);

        List<RepairResult> done = world.core.reconciliations().repairAll(first.id(), false);

        assertThat(done).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(world.nomis.find(nomisCopy)).isEmpty();
        assertThat(world.dps.find(dpsCopy)).isEmpty();
        Mapping nomisOnlyMapping = world.mappingOfNomis(nomisOnly).orElseThrow();
        assertThat(world.dps.find(nomisOnlyMapping.dpsId()).orElseThrow().adjustmentType()).isEqualTo("RSR");
        NomisAdjustmentId created = NomisAdjustmentId.parseKey(world.mappingOfDps(dpsOnly).orElseThrow().nomisId())
                .orElseThrow();
        assertThat(world.nomis.find(created).orElseThrow().adjustmentType()).isEqualTo("UAL");
        assertThat(run().mismatchCount()).isZero();
    }

    @Test
    void theDuplicateRepairsRefuseAMappedAdjustmentAndOneThatCopiesNothing() {
        plant();
        String mappedDps = world.mappings.findByPrisoner(AdjustmentsSync.ENTITY_TYPE, COPIES).get(0).dpsId();
        NomisAdjustmentId mappedNomis = NomisAdjustmentId.parseKey(world.mappingOfDps(mappedDps).orElseThrow()
                .nomisId()).orElseThrow();

        assertThat(world.core.domain(AdjustmentsDomain.class).repairs().deleteNomisDuplicate(mappedNomis, false)
                .status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.core.domain(AdjustmentsDomain.class).repairs().deleteNomisDuplicate(nomisOnly, false)
                .status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.core.domain(AdjustmentsDomain.class).repairs().deleteDpsDuplicate(mappedDps, false)
                .status()).isEqualTo(RepairReport.Status.REFUSED);
        assertThat(world.core.domain(AdjustmentsDomain.class).repairs().deleteDpsDuplicate(dpsOnly, false)
                .status()).isEqualTo(RepairReport.Status.REFUSED);
        RepairReport dry = world.core.domain(AdjustmentsDomain.class).repairs().deleteNomisDuplicate(nomisCopy, true);
        assertThat(dry.status()).isEqualTo(RepairReport.Status.PLANNED);
        assertThat(world.nomis.find(nomisCopy)).isPresent();
        assertThat(world.core.domain(AdjustmentsDomain.class).repairs().deleteNomisDuplicate(nomisCopy, false)
                .status()).isEqualTo(RepairReport.Status.DONE);
        assertThat(world.nomis.find(nomisCopy)).isEmpty();
    }

    @Test
    void anExcludedBookingIsSkippedAndReportedOnceItIsConsistent() {
        plant();
        world.core.reconciliations().exclude(AdjustmentsReconciliation.NAME, MISSING, "checking with the OMU");

        ReconciliationRun skipped = run();

        assertThat(mismatches(skipped)).containsOnlyKeys(COPIES);
        assertThat(world.telemetry.named("sentencing-reports-reconciliation-mismatch-resolved")).isEmpty();
        world.core.domain(AdjustmentsDomain.class).repairs().resyncBooking(MISSING, MISSING_BOOKING, false);
        run();

        assertThat(world.telemetry.named("sentencing-reports-reconciliation-mismatch-excluded-resolved"))
                .singleElement().satisfies(e -> assertThat(e.properties()).containsValue(MISSING));
    }

    @Test
    void runsNightlyAtUpstreamsTime() {
        assertThat(world.core.jobs()).anySatisfy(job -> {
            assertThat(job.name()).isEqualTo("sentencing-reconciliation");
            assertThat(job.defaultSchedule()).isEqualTo("50 1 * * *");
        });
    }
}
