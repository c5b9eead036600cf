package org.prisonsync.core.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;
import org.prisonsync.core.telemetry.TelemetryEvent;

class ReconciliationEngineTest {
    private static final Instant START = Instant.parse("2026-03-02T04:45:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    private final InMemoryReconciliationRuns runs = new InMemoryReconciliationRuns();
    private final InMemoryReconciliationExclusions exclusions = new InMemoryReconciliationExclusions();
    private final List<ExecutorService> pools = new ArrayList<>();

    @AfterEach
    void stopPools() {
        pools.forEach(ExecutorService::shutdownNow);
    }

    private ReconciliationEngine engine(int threads, Reconciliation<?>... reconciliations) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);
        return new ReconciliationEngine(List.of(reconciliations), runs, exclusions, telemetry, clock, pool);
    }

    private ReconciliationRun awaitEnd(ReconciliationEngine engine, String runId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            ReconciliationRun run = engine.find(runId).orElseThrow();
            if (run.status() != RunStatus.RUNNING) {
                return run;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("run " + runId + " did not end");
    }

    private Map<String, String> only(String event) {
        List<TelemetryEvent> named = telemetry.named(event);
        assertThat(named).as(event).hasSize(1);
        return named.get(0).properties();
    }

    @Test
    void givenPlantedDifferences_thenExactlyThoseAreReportedStoredAndTracked() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 1000);
        incentives.dps.put("P00007", "ENH");
        incentives.dps.put("P00500", "BAS");
        incentives.nomis.remove("P00999");
        ReconciliationEngine engine = engine(4, incentives);

        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.total()).isEqualTo(1000L);
        assertThat(run.pagesRead()).isEqualTo(50);
        assertThat(run.checked()).isEqualTo(1000);
        assertThat(run.mismatchCount()).isEqualTo(3);
        assertThat(run.itemErrors()).isZero();
        assertThat(run.pageErrors()).isZero();
        assertThat(run.startedAt()).isEqualTo(START);
        assertThat(engine.find(run.id())).contains(run);
        assertThat(engine.runs("incentives", 10)).containsExactly(run);
        assertThat(engine.mismatches(run.id())).extracting(Mismatch::key)
                .containsExactlyInAnyOrder("P00007", "P00500", "P00999");
        assertThat(engine.mismatches(run.id())).filteredOn(m -> m.key().equals("P00999")).singleElement()
                .satisfies(m -> assertThat(m.nomisValue()).isNull());

        assertThat(only("incentives-reports-reconciliation-requested"))
                .containsEntry("total", "1000").containsEntry("run-id", run.id());
        assertThat(telemetry.named("incentives-reports-reconciliation-mismatch")).hasSize(3)
                .anySatisfy(e -> assertThat(e.properties()).containsEntry("offenderNo", "P00007")
                        .containsEntry("nomisValue", "STD").containsEntry("dpsValue", "ENH")
                        .containsEntry("likelySide", "DPS").containsEntry("run-id", run.id()));
        assertThat(only("incentives-reports-reconciliation-report")).containsEntry("mismatch-count", "3")
                .containsEntry("checked", "1000").containsEntry("success", "true").containsEntry("run-id", run.id())
                .containsEntry("pages-count", Long.toString(run.pagesRead()))
                .as("items not declared prisoners carry no prisoner count").doesNotContainKey("prisoners-count");
    }

    @Test
    void noMoreThanMaxInFlightChecksRunAtOnce_andPagesAreReadAtMostOneAhead() {
        FakeReconciliation slow = new FakeReconciliation("alerts", 300);
        slow.maxInFlight = 3;
        slow.pageSize = 10;
        slow.checkMillis = 2;
        List<Integer> startedWhenRead = new ArrayList<>();
        slow.beforePage = page -> startedWhenRead.add(slow.started.get());
        ReconciliationEngine engine = engine(8, slow);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(run.checked()).isEqualTo(300);
        assertThat(slow.mostInFlight.get()).isBetween(2, 3);
        // page n is read only once every item of page n - 2 was handed to a check (at most maxInFlight not yet begun)
        for (int page = 0; page < startedWhenRead.size(); page++) {
            assertThat(startedWhenRead.get(page) + slow.maxInFlight).as("checks begun when page %d was read", page)
                    .isGreaterThanOrEqualTo((page - 1) * slow.pageSize);
        }
    }

    @Test
    void aHundredThousandItemsAreCheckedWithoutHoldingThePopulation() {
        FakeReconciliation big = new FakeReconciliation("sentencing", 0);
        big.pageSize = 500;
        big.maxInFlight = 16;
        big.population = FakeReconciliation.generated(100_000, FakeReconciliation::prisonerOf);
        big.dps.put(FakeReconciliation.prisonerOf(77_777L), "X");
        ReconciliationEngine engine = engine(4, big);

        ReconciliationRun run = engine.run("sentencing", ReconciliationParameters.none());

        assertThat(run.checked()).isEqualTo(100_000);
        assertThat(run.mismatchCount()).isEqualTo(1);
        assertThat(engine.mismatches(run.id())).extracting(Mismatch::key).containsExactly("P77777");
    }

    @Test
    void aFailingPageIsTrackedAndSkipped_theRestIsChecked() {
        FakeReconciliation alerts = new FakeReconciliation("alerts", 200);
        alerts.failingPages.add(2);
        alerts.dps.put("P00045", "ENH");   // on the failing page: not seen
        alerts.dps.put("P00150", "ENH");
        ReconciliationEngine engine = engine(4, alerts);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.pageErrors()).isEqualTo(1);
        assertThat(run.total()).isEqualTo(200L);
        assertThat(run.pagesRead()).isEqualTo(9);
        assertThat(run.checked()).isEqualTo(180);
        assertThat(engine.mismatches(run.id())).extracting(Mismatch::key).containsExactly("P00150");
        assertThat(only("alerts-reports-reconciliation-mismatch-page-error")).containsEntry("page", "page 2")
                .containsEntry("reason", "page 2 timed out");
        assertThat(only("alerts-reports-reconciliation-report")).containsEntry("success", "false");
    }

    @Test
    void aFailingKeysetPageIsSkippedByAPageOfKeys() {
        FakeReconciliation bookings = new FakeReconciliation("visit-balance", 0);
        bookings.pageSize = 10;
        bookings.population = Population.keysetPages(-1, (after, size) -> {
            if (after == 29) {
                throw new IllegalStateException("NOMIS 503");
            }
            return FakeReconciliation.range(after + 1, Math.min(100, after + 1 + size));
        }, FakeReconciliation::numberOf);
        ReconciliationEngine engine = engine(2, bookings);

        ReconciliationRun run = engine.run("visit-balance", ReconciliationParameters.none());

        assertThat(run.pageErrors()).isEqualTo(1);
        assertThat(run.total()).as("keyset pages cannot say their total first").isNull();
        assertThat(run.checked()).isEqualTo(90);   // P00030 … P00039 skipped with the failing page
        assertThat(only("visit-balance-reports-reconciliation-mismatch-page-error"))
                .containsEntry("page", "after 29 (next 10)");
    }

    @Test
    void aRunStopsFailedAfterTooManyPageErrors() {
        FakeReconciliation down = new FakeReconciliation("court-case", 0);
        down.maxPageErrors = 5;
        AtomicInteger reads = new AtomicInteger();
        down.population = Population.keysetPages(0, (after, size) -> {
            reads.incrementAndGet();
            throw new IllegalStateException("NOMIS is down");
        }, Long::parseLong);
        ReconciliationEngine engine = engine(2, down);

        ReconciliationRun run = engine.run("court-case", ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.pageErrors()).isEqualTo(5);
        assertThat(reads.get()).isEqualTo(5);
        assertThat(telemetry.count("court-case-reports-reconciliation-mismatch-page-error")).isEqualTo(5);
    }

    @Test
    void aPopulationThatCannotBeReadFailsTheRun() {
        FakeReconciliation alerts = new FakeReconciliation("alerts", 0);
        alerts.population = Population.offsetPages(() -> {
            throw new IllegalStateException("GET /prisoners/ids/active answered 500");
        }, (page, size) -> List.of());
        ReconciliationEngine engine = engine(2, alerts);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.pageErrors()).isEqualTo(1);
        assertThat(run.total()).isNull();
        assertThat(run.pagesRead()).isZero();
        assertThat(run.checked()).isZero();
        assertThat(only("alerts-reports-reconciliation-requested")).doesNotContainKey("total");
        assertThat(only("alerts-reports-reconciliation-report")).containsEntry("success", "false")
                .containsEntry("status", "FAILED");
    }

    @Test
    void aFailingItemIsCountedAndTrackedWithItsKey_theOthersAreChecked() {
        FakeReconciliation alerts = new FakeReconciliation("alerts", 50);
        alerts.failingItems.add("P00013");
        alerts.dps.put("P00040", "ENH");
        ReconciliationEngine engine = engine(4, alerts);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.itemErrors()).isEqualTo(1);
        assertThat(run.checked()).isEqualTo(49);
        assertThat(run.mismatchCount()).isEqualTo(1);
        assertThat(only("alerts-reports-reconciliation-mismatch-error")).containsEntry("key", "P00013")
                .containsEntry("reason", "NOMIS answered 500 for P00013");
        assertThat(only("alerts-reports-reconciliation-report")).containsEntry("success", "false");
    }

    @Test
    void givenAKeyCheckedTwiceInARun_thenItsExclusionIsResolvedOnceAndNotWhileACheckOfItFails() {
        FakeReconciliation pairs = new FakeReconciliation("pairs", 10);
        // as non-associations walks NOMIS's pairs and then DPS's: a key may come up from each side
        pairs.population = Population.concat(Population.wholeList(() -> FakeReconciliation.range(0, 10)),
                Population.wholeList(() -> FakeReconciliation.range(0, 10)));
        ReconciliationEngine engine = engine(4, pairs);
        engine.exclude("pairs", "P00002", "agreed now");
        engine.exclude("pairs", "P00005", "still checking");
        pairs.failingItems.add("P00005");

        engine.run("pairs", ReconciliationParameters.none());

        assertThat(telemetry.named("pairs-reports-reconciliation-mismatch-excluded-resolved")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("key", "P00002"));
    }

    @Test
    void anExcludedMismatchIsNotReported_andAnExcludedKeyNowConsistentAsksToBeRemoved() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 40);
        incentives.dps.put("P00003", "ENH");
        incentives.dps.put("P00004", "ENH");
        ReconciliationEngine engine = engine(4, incentives);
        engine.exclude("incentives", "P00003", "moved by hand, agreed");
        engine.exclude("incentives", "P00020", "was wrong last year");

        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        assertThat(run.mismatchCount()).isEqualTo(1);
        assertThat(run.checked()).isEqualTo(40);
        assertThat(engine.mismatches(run.id())).extracting(Mismatch::key).containsExactly("P00004");
        assertThat(telemetry.named("incentives-reports-reconciliation-mismatch")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("offenderNo", "P00004"));
        assertThat(only("incentives-reports-reconciliation-excluded")).containsEntry("offenderNo", "P00003")
                .containsEntry("reason", "moved by hand, agreed");
        assertThat(only("incentives-reports-reconciliation-mismatch-excluded-resolved"))
                .containsEntry("key", "P00020").containsEntry("reason", "was wrong last year");
        assertThat(engine.exclusions("incentives")).extracting(Exclusion::key).containsExactly("P00003", "P00020");

        assertThat(engine.removeExclusion("incentives", "P00003")).isTrue();
        ReconciliationRun next = engine.run("incentives", ReconciliationParameters.none());
        assertThat(engine.mismatches(next.id())).extracting(Mismatch::key)
                .containsExactlyInAnyOrder("P00003", "P00004");
    }

    @Test
    void aDryRunRepairChangesNothing_theRealOneMakesTheNextRunClean() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 30);
        incentives.dps.put("P00011", "ENH");
        ReconciliationEngine engine = engine(4, incentives);
        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        RepairResult dry = engine.repair(run.id(), "P00011", true);

        assertThat(dry).isEqualTo(new RepairResult("P00011", true, RepairResult.Outcome.WOULD_REPAIR,
                "set DPS to STD"));
        assertThat(incentives.dps.get("P00011")).isEqualTo("ENH");
        assertThat(incentives.repairs.get()).isZero();
        assertThat(telemetry.count("incentives-reports-reconciliation-repair")).isZero();
        assertThat(engine.run("incentives", ReconciliationParameters.none()).mismatchCount()).isEqualTo(1);

        RepairResult real = engine.repair(run.id(), "P00011", false);

        assertThat(real.outcome()).isEqualTo(RepairResult.Outcome.REPAIRED);
        assertThat(incentives.dps.get("P00011")).isEqualTo("STD");
        assertThat(only("incentives-reports-reconciliation-repair")).containsEntry("key", "P00011")
                .containsEntry("outcome", "REPAIRED");
        assertThat(engine.run("incentives", ReconciliationParameters.none()).mismatchCount()).isZero();
        assertThat(engine.repair(run.id(), "P00011", false).outcome())
                .isEqualTo(RepairResult.Outcome.NOTHING_TO_DO);
    }

    @Test
    void repairAllRepairsEachReportedKeyOnce_afterADryRunThatChangesNothing() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 100);
        for (String p : List.of("P00001", "P00050", "P00099")) {
            incentives.dps.put(p, "BAS");
        }
        incentives.failingItems.add("P00060");
        ReconciliationEngine engine = engine(4, incentives);
        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        List<RepairResult> planned = engine.repairAll(run.id(), true);

        assertThat(planned).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.WOULD_REPAIR)
                .hasSize(3);
        assertThat(incentives.repairs.get()).isZero();

        List<RepairResult> done = engine.repairAll(run.id(), false);

        assertThat(done).extracting(RepairResult::key).containsExactlyInAnyOrder("P00001", "P00050", "P00099");
        assertThat(done).extracting(RepairResult::outcome).containsOnly(RepairResult.Outcome.REPAIRED);
        assertThat(incentives.repairs.get()).isEqualTo(3);
        assertThat(engine.run("incentives", ReconciliationParameters.none()).mismatchCount()).isZero();
    }

    @Test
    void aRepairThatThrowsIsAFailedResult_andTheOtherKeysAreStillRepaired() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 20);
        incentives.dps.put("P00002", "BAS");
        incentives.dps.put("P00003", "BAS");
        incentives.failingRepairs.add("P00002");
        ReconciliationEngine engine = engine(2, incentives);
        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        List<RepairResult> done = engine.repairAll(run.id(), false);

        assertThat(done).containsExactlyInAnyOrder(
                new RepairResult("P00002", false, RepairResult.Outcome.FAILED, "DPS refused the update of P00002"),
                new RepairResult("P00003", false, RepairResult.Outcome.REPAIRED, "set DPS to STD"));
        assertThat(incentives.dps.get("P00003")).isEqualTo("STD");
        assertThat(telemetry.named("incentives-reports-reconciliation-repair")).extracting(e -> e.properties()
                .get("outcome")).containsExactlyInAnyOrder("FAILED", "REPAIRED");
    }

    @Test
    void aReconciliationWithoutARepairSaysSo() {
        FakeReconciliation declared = new FakeReconciliation("alerts", 5);
        declared.dps.put("P00002", "X");
        Reconciliation<String> withoutRepair = new Reconciliation<>() {
            @Override
            public String name() {
                return "alerts";
            }

            @Override
            public Population<String> population(ReconciliationParameters parameters) {
                return declared.population(parameters);
            }

            @Override
            public java.util.Optional<Mismatch> check(String item, ReconciliationParameters parameters) {
                return declared.check(item, parameters);
            }

            @Override
            public String key(String item) {
                return item;
            }
        };
        ReconciliationEngine engine = engine(2, withoutRepair);
        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(engine.repair(run.id(), "P00002", false)).isEqualTo(new RepairResult("P00002", false,
                RepairResult.Outcome.NOT_REPAIRABLE, "no repair for this reconciliation"));
    }

    @Test
    void unknownNamesRunsAndKeysAreNotFound() {
        ReconciliationEngine engine = engine(2, new FakeReconciliation("alerts", 3));
        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThatThrownBy(() -> engine.run("visits", ReconciliationParameters.none()))
                .isInstanceOf(ReconciliationNotFoundException.class).hasMessageContaining("visits");
        assertThatThrownBy(() -> engine.start("visits", ReconciliationParameters.none()))
                .isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.runs("visits", 10)).isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.exclude("visits", "A1234BC", "x"))
                .isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.exclusions("visits")).isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.mismatches("not-a-uuid"))
                .isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.mismatches("7d1f6a52-1111-4e47-9c1e-1b2f5c0b3e1a"))
                .isInstanceOf(ReconciliationNotFoundException.class);
        assertThatThrownBy(() -> engine.repair(run.id(), "P00001", true))
                .isInstanceOf(ReconciliationNotFoundException.class).hasMessageContaining("P00001");
        assertThat(engine.find("not-a-uuid")).isEmpty();
        assertThat(telemetry.named("visits-reports-reconciliation-requested")).isEmpty();
    }

    @Test
    void parametersAreOnlyADateAndOnlyForADatedReconciliation_whichDefaultsToYesterday() {
        FakeReconciliation attendances = new FakeReconciliation("activity-attendances", 3);
        attendances.dated = true;
        attendances.dps.put("P00001", "ABSENT");
        ReconciliationEngine engine = engine(2, attendances, new FakeReconciliation("alerts", 3));

        ReconciliationRun yesterday = engine.run("activity-attendances", ReconciliationParameters.none());
        ReconciliationRun given = engine.run("activity-attendances",
                ReconciliationParameters.onDate(LocalDate.of(2026, 2, 14)));

        assertThat(yesterday.parameters()).containsExactly(Map.entry("date", "2026-03-01"));
        assertThat(engine.mismatches(given.id())).singleElement()
                .satisfies(m -> assertThat(m.fields()).containsEntry("date", "2026-02-14"));
        assertThatThrownBy(() -> engine.run("alerts", ReconciliationParameters.onDate(LocalDate.of(2026, 2, 14))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("date");
        assertThatThrownBy(() -> engine.run("activity-attendances",
                ReconciliationParameters.none().with("prison", "MDI")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prison");
        assertThatThrownBy(() -> ReconciliationParameters.none().with("date", "2026-02-30"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReconciliationParameters.none().with("date", "+2026-02-01"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStartedRunIsListedRunningAtOnceAndEndsInTheBackground() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        FakeReconciliation alerts = new FakeReconciliation("alerts", 40);
        alerts.beforePage = page -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        ReconciliationEngine engine = engine(2, alerts);

        String id = engine.start("alerts", ReconciliationParameters.none());

        assertThat(engine.find(id)).get().extracting(ReconciliationRun::status).isEqualTo(RunStatus.RUNNING);
        assertThat(engine.runs("alerts", 1)).extracting(ReconciliationRun::id).containsExactly(id);
        release.countDown();
        ReconciliationRun ended = awaitEnd(engine, id);
        assertThat(ended.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(ended.checked()).isEqualTo(40);
        assertThat(ended.endedAt()).isEqualTo(START);
    }

    @Test
    void runsOfTwoNamesAtOnceOnOneSmallExecutorBothEndWithTheirOwnMismatches() throws Exception {
        FakeReconciliation alerts = new FakeReconciliation("alerts", 400);
        FakeReconciliation incentives = new FakeReconciliation("incentives", 300);
        alerts.checkMillis = 1;
        incentives.checkMillis = 1;
        alerts.dps.put("P00123", "X");
        incentives.dps.put("P00200", "Y");
        incentives.dps.put("P00201", "Y");
        ReconciliationEngine engine = engine(1, alerts, incentives);

        String a = engine.start("alerts", ReconciliationParameters.none());
        String i = engine.start("incentives", ReconciliationParameters.none());

        ReconciliationRun alertsRun = awaitEnd(engine, a);
        ReconciliationRun incentivesRun = awaitEnd(engine, i);
        assertThat(alertsRun.checked()).isEqualTo(400);
        assertThat(incentivesRun.checked()).isEqualTo(300);
        assertThat(engine.mismatches(a)).extracting(Mismatch::key).containsExactly("P00123");
        assertThat(engine.mismatches(i)).extracting(Mismatch::key).containsExactlyInAnyOrder("P00200", "P00201");
        assertThat(telemetry.named("alerts-reports-reconciliation-report")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("run-id", a));
        assertThat(telemetry.named("incentives-reports-reconciliation-report")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("run-id", i));
    }

    @Test
    void mismatchesAreStoredInBatches() {
        FakeReconciliation incentives = new FakeReconciliation("incentives", 1000);
        for (int p = 0; p < 250; p++) {
            incentives.dps.put(FakeReconciliation.prisoner(p * 4), "ENH");
        }
        List<Integer> batches = new ArrayList<>();
        ReconciliationRuns counting = new CountingRuns(runs, batches);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        pools.add(pool);
        ReconciliationEngine engine = new ReconciliationEngine(List.of(incentives), counting, exclusions, telemetry,
                clock, pool);

        ReconciliationRun run = engine.run("incentives", ReconciliationParameters.none());

        assertThat(engine.mismatches(run.id())).hasSize(250);
        assertThat(batches).containsExactly(RunDriver.MISMATCH_BATCH, RunDriver.MISMATCH_BATCH, 50);
    }

    @Test
    void twoReconciliationsOfOneNameAreRefused() {
        assertThatThrownBy(() -> engine(1, new FakeReconciliation("alerts", 1), new FakeReconciliation("alerts", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> engine(1, new FakeReconciliation("Alerts", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aClockThatMovesGivesTheRunItsEnd() {
        FakeReconciliation alerts = new FakeReconciliation("alerts", 5);
        alerts.beforePage = page -> clock.advance(Duration.ofSeconds(30));
        ReconciliationEngine engine = engine(2, alerts);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(run.endedAt()).isEqualTo(START.plusSeconds(30));
    }

    /** Passes every call on, noting the size of each batch of mismatches. */
    private record CountingRuns(ReconciliationRuns real, List<Integer> batches) implements ReconciliationRuns {
        @Override
        public void start(ReconciliationRun run) {
            real.start(run);
        }

        @Override
        public synchronized void addMismatches(String runId, List<Mismatch> mismatches) {
            batches.add(mismatches.size());
            real.addMismatches(runId, mismatches);
        }

        @Override
        public boolean finish(ReconciliationRun ended) {
            return real.finish(ended);
        }

        @Override
        public java.util.Optional<ReconciliationRun> find(String runId) {
            return real.find(runId);
        }

        @Override
        public List<ReconciliationRun> latest(String name, int limit) {
            return real.latest(name, limit);
        }

        @Override
        public List<Mismatch> mismatches(String runId) {
            return real.mismatches(runId);
        }

        @Override
        public java.util.Optional<Mismatch> mismatch(String runId, String key) {
            return real.mismatch(runId, key);
        }
    }
}
