package org.prisonsync.core.casenotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.casenotes.inmemory.InMemoryCaseNotesNomisApi;
import org.prisonsync.core.message.OffenderEvent;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.Population;
import org.prisonsync.core.reconciliation.Reconciliation;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.ReconciliationOperations;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.telemetry.TelemetryEvent;

/**
 * Issue 14's case notes reconciliation on the engine over the twins: each kind of difference reported exactly and
 * nothing for a prisoner in step; a provable duplicate deleted on either side while a near duplicate is reported
 * only; a dry run deletes nothing; all prisoners by keyset pages.
 */
class CaseNotesReconciliationTest {
    private final CaseNotesReconWorld world = new CaseNotesReconWorld();

    @AfterEach
    void close() {
        world.close();
    }

    private Map<String, Mismatch> run(String name, boolean dryRun) {
        ReconciliationRun run = world.engine.run(name, new ReconciliationParameters(
                Map.of(CaseNotesReconciliation.DRY_RUN, Boolean.toString(dryRun))));
        return world.engine.mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, Function.identity()));
    }

    @Test
    void eachKindOfDifferenceIsReportedExactlyAndAPrisonerInStepIsNot() {
        List.of("A1000CN", "A1001CN", "A1002CN", "A1003CN", "A1004CN", "A1005CN")
                .forEach(p -> world.prisoner(p, true));
        world.synced("A1000CN", "in step");
        world.syncedFromNomis("A1000CN", "in step too");
        CaseNotesReconWorld.Pair text = world.synced("A1001CN", "said one thing");
        world.nomis.plantChange(text.nomis().caseNoteId(), CaseNotesReconWorld.content("said another"));
        NomisCaseNote nomisOnly = world.nomis.plant("A1002CN", CaseNotesReconWorld.content("lost event"),
                InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        DpsCaseNote dpsOnly = world.dps.plant("A1003CN", CaseNotesReconWorld.content("lost in DPS"), 0);
        CaseNotesReconWorld.Pair gone = world.synced("A1004CN", "deleted in NOMIS silently");
        world.nomis.plantDelete(gone.nomis().caseNoteId());
        CaseNotesReconWorld.Pair dpsGone = world.synced("A1005CN", "deleted in DPS silently");
        world.dps.plantDelete(dpsGone.dps().id());

        Map<String, Mismatch> found = run(CaseNotesReconciliation.ACTIVE, false);

        assertThat(found).containsOnlyKeys("A1001CN", "A1002CN", "A1003CN", "A1004CN", "A1005CN");
        assertThat(found.get("A1001CN").fields()).containsEntry("differences", "1")
                .containsEntry("nomis-" + text.nomis().caseNoteId(), "FIELDS_DIFFER: NOMIS " + text.nomis().caseNoteId()
                        + " and DPS " + text.dps().id() + " differ in text");
        assertThat(found.get("A1002CN").fields()).containsEntry("differences", "1")
                .containsEntry("nomisCount", "1").containsEntry("dpsCount", "0")
                .hasEntrySatisfying("nomis-" + nomisOnly.caseNoteId(), v -> assertThat(v).startsWith("NOMIS_ONLY"));
        assertThat(found.get("A1003CN").fields()).containsEntry("differences", "1")
                .hasEntrySatisfying("dps-" + dpsOnly.id(), v -> assertThat(v).startsWith("DPS_ONLY"));
        assertThat(found.get("A1004CN").fields()).containsEntry("differences", "1")
                .hasEntrySatisfying("nomis-" + gone.nomis().caseNoteId(),
                        v -> assertThat(v).startsWith("MAPPED_NOMIS_MISSING"));
        assertThat(found.get("A1005CN").fields()).containsEntry("differences", "1")
                .hasEntrySatisfying("nomis-" + dpsGone.nomis().caseNoteId(),
                        v -> assertThat(v).startsWith("MAPPED_DPS_MISSING"));
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-mismatch")).hasSize(5);
        assertThat(sizeEvents("-mismatch-size-nomis")).containsExactlyInAnyOrder("A1002CN", "A1005CN");
        assertThat(sizeEvents("-mismatch-size-dps")).containsExactlyInAnyOrder("A1003CN", "A1004CN");
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-requested")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("activeOnly", "true")
                        .containsEntry("active-prisoners", "6"));
    }

    private List<String> sizeEvents(String suffix) {
        return world.telemetry.named("casenotes-reports-reconciliation" + suffix).stream()
                .map(e -> e.properties().get("offenderNo")).toList();
    }

    /** A timed-out DPS→NOMIS create leaves a second NOMIS note; a timed-out NOMIS→DPS one a second DPS note. */
    private Planted plantDuplicates() {
        world.prisoner("A2000CN", true);
        world.prisoner("A2001CN", true);
        CaseNotesReconWorld.Pair toNomis = world.synced("A2000CN", "seen by healthcare");
        NomisCaseNote provableNomis = world.nomis.plant("A2000CN", toNomis.nomis().content(),
                OffenderEvent.DPS_SYNCHRONISATION);
        NomisCaseNote nullAudit = world.nomis.plant("A2000CN", toNomis.nomis().content(), null);
        CaseNotesReconWorld.Pair other = world.synced("A2000CN", "typed twice by an officer");
        NomisCaseNote byUser = world.nomis.plant("A2000CN", other.nomis().content(),
                InMemoryCaseNotesNomisApi.NOMIS_SCREEN);
        CaseNotesReconWorld.Pair fromNomis = world.syncedFromNomis("A2001CN", "cell search");
        DpsCaseNote provableDps = world.dps.plant("A2001CN", fromNomis.dps().content(),
                fromNomis.nomis().caseNoteId());
        DpsCaseNote dpsUser = world.dps.plant("A2001CN", fromNomis.dps().content(), 0);
        return new Planted(provableNomis, nullAudit, byUser, provableDps, dpsUser);
    }

    record Planted(NomisCaseNote provableNomis, NomisCaseNote nullAudit, NomisCaseNote byUser, DpsCaseNote provableDps,
                   DpsCaseNote dpsUser) {
    }

    @Test
    void aProvableDuplicateIsDeletedOnEitherSideAndANearDuplicateIsOnlyReported() {
        Planted planted = plantDuplicates();

        Map<String, Mismatch> found = run(CaseNotesReconciliation.ACTIVE, false);

        assertThat(found.get("A2000CN").fields()).containsEntry("differences", "3")
                .hasEntrySatisfying("nomis-" + planted.provableNomis().caseNoteId(),
                        v -> assertThat(v).startsWith("NOMIS_DUPLICATE").contains("(provable)").endsWith(": deleted"))
                .hasEntrySatisfying("nomis-" + planted.nullAudit().caseNoteId(),
                        v -> assertThat(v).contains("(provable)").endsWith(": deleted"))
                .hasEntrySatisfying("nomis-" + planted.byUser().caseNoteId(),
                        v -> assertThat(v).contains("not provable: it was written by a NOMIS user (OIDCNOTE)"));
        assertThat(found.get("A2001CN").fields()).containsEntry("differences", "2")
                .hasEntrySatisfying("dps-" + planted.provableDps().id(),
                        v -> assertThat(v).startsWith("DPS_DUPLICATE").endsWith(": deleted"))
                .hasEntrySatisfying("dps-" + planted.dpsUser().id(),
                        v -> assertThat(v).contains("not provable: it was written in DPS"));
        assertThat(world.nomis.find(planted.provableNomis().caseNoteId())).isEmpty();
        assertThat(world.nomis.find(planted.nullAudit().caseNoteId())).isEmpty();
        assertThat(world.nomis.find(planted.byUser().caseNoteId())).isPresent();
        assertThat(world.dps.find(planted.provableDps().id())).isEmpty();
        assertThat(world.dps.find(planted.dpsUser().id())).isPresent();
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-deleted"))
                .extracting(e -> e.properties().getOrDefault("nomisId", e.properties().get("dpsId")))
                .containsExactlyInAnyOrder(planted.provableNomis().key(), planted.nullAudit().key(),
                        planted.provableDps().id());

        Map<String, Mismatch> again = run(CaseNotesReconciliation.ACTIVE, false);
        assertThat(again.get("A2000CN").fields()).containsEntry("differences", "1");
        assertThat(again.get("A2001CN").fields()).containsEntry("differences", "1");
    }

    @Test
    void aDryRunDeletesNothingAndSaysWhatItWouldDelete() {
        Planted planted = plantDuplicates();
        int nomisBefore = world.nomis.caseNotesOf("A2000CN").size();
        int dpsBefore = world.dps.caseNotesOf("A2001CN").size();

        Map<String, Mismatch> found = run(CaseNotesReconciliation.ACTIVE, true);

        assertThat(found.get("A2000CN").fields()).hasEntrySatisfying("nomis-" + planted.provableNomis().caseNoteId(),
                v -> assertThat(v).endsWith(": would be deleted (dry run)"));
        assertThat(world.nomis.caseNotesOf("A2000CN")).hasSize(nomisBefore);
        assertThat(world.dps.caseNotesOf("A2001CN")).hasSize(dpsBefore);
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-deleted")).isEmpty();
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-requested")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("dryRun", "true"));
    }

    @Test
    void aMismatchRepairDeletesOnlyTheProvableDuplicatesAndNamesTheResyncForTheRest() {
        Planted planted = plantDuplicates();
        ReconciliationRun run = world.engine.run(CaseNotesReconciliation.ACTIVE,
                new ReconciliationParameters(Map.of(CaseNotesReconciliation.DRY_RUN, "true")));

        RepairResult planned = world.engine.repair(run.id(), "A2000CN", true);
        assertThat(planned.outcome()).isEqualTo(RepairResult.Outcome.WOULD_REPAIR);
        assertThat(world.nomis.find(planted.provableNomis().caseNoteId())).isPresent();

        RepairResult done = world.engine.repair(run.id(), "A2000CN", false);
        assertThat(done.outcome()).isEqualTo(RepairResult.Outcome.REPAIRED);
        assertThat(done.description()).contains("nomis-" + planted.provableNomis().caseNoteId())
                .contains("1 other difference(s) need `casenotes resync-prisoner A2000CN`");
        assertThat(world.nomis.find(planted.provableNomis().caseNoteId())).isEmpty();
        assertThat(world.nomis.find(planted.byUser().caseNoteId())).isPresent();
    }

    @Test
    void aDuplicateWhoseTwinIsOutOfStepOrOnAnotherBookingIsNotProvable() {
        world.prisoner("A3000CN", true);
        CaseNotesReconWorld.Pair pair = world.synced("A3000CN", "twin differs in DPS");
        NomisCaseNote dup = world.nomis.plant("A3000CN", pair.nomis().content(), OffenderEvent.DPS_SYNCHRONISATION);
        world.dps.plantChange(pair.dps().id(), CaseNotesReconWorld.content("changed in DPS"));
        world.nomis.newBooking("A3000CN");
        CaseNotesReconWorld.Pair later = world.synced("A3000CN", "on the new booking");
        world.nomis.newBooking("A3000CN");
        NomisCaseNote otherBooking = world.nomis.plant("A3000CN", later.nomis().content(), null);

        Map<String, Mismatch> found = run(CaseNotesReconciliation.ACTIVE, false);

        assertThat(found.get("A3000CN").fields())
                .hasEntrySatisfying("nomis-" + dup.caseNoteId(), v -> assertThat(v).contains("not provable: its "
                        + "twin's DPS note " + pair.dps().id() + " is missing or differs"))
                .hasEntrySatisfying("nomis-" + otherBooking.caseNoteId(),
                        v -> assertThat(v).contains("not provable: its twin is on another booking"));
        assertThat(world.nomis.find(dup.caseNoteId())).isPresent();
        assertThat(world.nomis.find(otherBooking.caseNoteId())).isPresent();
    }

    @Test
    void theFullReconciliationReadsEveryPrisonerByKeysetPages() {
        for (int i = 0; i < 65; i++) {
            world.prisoner(String.format("B%04dCN", i), i % 2 == 0);
            world.synced(String.format("B%04dCN", i), "note " + i);
        }
        world.dps.plant("B0063CN", CaseNotesReconWorld.content("only in DPS"), 0);

        ReconciliationRun run = world.engine.run(CaseNotesReconciliation.ALL, ReconciliationParameters.none());

        assertThat(run.checked()).isEqualTo(65);
        assertThat(run.pagesRead()).isEqualTo(3);
        assertThat(world.engine.mismatches(run.id())).extracting(Mismatch::key).containsExactly("B0063CN");
        assertThat(world.telemetry.named("casenotes-reports-reconciliation-requested")).singleElement()
                .extracting(TelemetryEvent::properties).satisfies(p -> assertThat(p)
                        .containsEntry("activeOnly", "false").containsEntry("dryRun", "false"));
    }

    @Test
    void theRunOperationPassesDryRunToAReconciliationThatDeclaresItAndOnlyThen() {
        Planted planted = plantDuplicates();
        Operation run = ReconciliationOperations.all(() -> world.engine).stream()
                .filter(o -> o.name().equals("reconciliation-run")).findFirst().orElseThrow();

        Answer dry = run.run(Map.of("name", CaseNotesReconciliation.ACTIVE, "wait", "true", "dryRun", "true"));

        assertThat(((Answer.Done) dry).body()).isInstanceOfSatisfying(ReconciliationRun.class,
                r -> assertThat(r.parameters()).containsEntry("dryRun", "true").containsEntry("activeOnly", "true"));
        assertThat(world.nomis.find(planted.provableNomis().caseNoteId())).isPresent();
        run.run(Map.of("name", CaseNotesReconciliation.ACTIVE, "wait", "true"));
        assertThat(world.nomis.find(planted.provableNomis().caseNoteId())).isEmpty();
        assertThatThrownBy(() -> world.engine.run(CaseNotesReconciliation.ACTIVE,
                new ReconciliationParameters(Map.of("dryRun", "yes")))).hasMessageContaining("dryRun must be true or false");
    }

    @Test
    void aReconciliationThatDoesNotDeclareDryRunRefusesIt() {
        Reconciliation<String> plain = new Reconciliation<>() {
            @Override
            public String name() {
                return "plain";
            }

            @Override
            public Population<String> population(ReconciliationParameters parameters) {
                return Population.wholeList(List::of);
            }

            @Override
            public Optional<Mismatch> check(String item, ReconciliationParameters parameters) {
                return Optional.empty();
            }

            @Override
            public String key(String item) {
                return item;
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            ReconciliationEngine engine = new ReconciliationEngine(List.of(plain), new InMemoryReconciliationRuns(),
                    new InMemoryReconciliationExclusions(), world.telemetry, world.clock, pool);
            Operation run = ReconciliationOperations.all(() -> engine).stream()
                    .filter(o -> o.name().equals("reconciliation-run")).findFirst().orElseThrow();

            assertThatThrownBy(() -> run.run(Map.of("name", "plain", "wait", "true", "dryRun", "true")))
                    .hasMessage("plain reconciliation takes no parameter dryRun");
            assertThat(run.run(Map.of("name", "plain", "wait", "true"))).isInstanceOf(Answer.Done.class);
        } finally {
            pool.shutdownNow();
        }
    }
}
