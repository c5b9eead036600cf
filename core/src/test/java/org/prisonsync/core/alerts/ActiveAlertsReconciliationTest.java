package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertDuplicates;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.alerts.inmemory.InMemoryPrisonerMappings;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.prisoners.ActivePrisoners;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RepairResult;
import org.prisonsync.core.reconciliation.RunStatus;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;

/**
 * Alerts' reconciliation on the engine, scheduled or on demand ({@link ActiveAlertsReconciliation#runNow}): what it
 * finds among thousands of prisoners, the fields and telemetry of each mismatch, failing pages and bounded load, and
 * that the on-demand answer is an ordinary stored run.
 */
class ActiveAlertsReconciliationTest {
    private static final List<String> CODES = List.of("HA", "XA", "VU", "RSS");
    private static final String MISMATCH = "alerts-reports-reconciliation-mismatch";

    private final MutableClock clock = new MutableClock(AlertsTestWorld.START);
    private final InMemoryAlertsNomisApi nomis = new InMemoryAlertsNomisApi(clock);
    private final InMemoryAlertsDpsApi dps = new InMemoryAlertsDpsApi(clock);
    private final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    private final InMemoryReconciliationRuns runs = new InMemoryReconciliationRuns();
    private final InMemoryReconciliationExclusions exclusions = new InMemoryReconciliationExclusions();
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static String prisoner(int i) {
        return String.format("A%04dAA", i);
    }

    private AlertPorts ports(AlertsNomisApi nomisApi, ActivePrisoners prisoners) {
        return new AlertPorts(nomisApi, dps, new InMemoryPrisonerMappings(new InMemoryMappingStore(clock)),
                new InMemoryAlertDuplicates(), prisoners);
    }

    private ReconciliationEngine engine(AlertPorts ports, AlertsReconciliationSettings settings) {
        return new ReconciliationEngine(List.of(new ActiveAlertsReconciliation(ports, settings)), runs, exclusions,
                telemetry, clock, pool);
    }

    private ReconciliationEngine engine() {
        return engine(ports(nomis, active), AlertsReconciliationSettings.DEFAULTS);
    }

    /** Prisoner i has the first i % 4 codes, active, on both sides. */
    private void populate(int prisoners) {
        for (int i = 0; i < prisoners; i++) {
            String p = prisoner(i);
            active.add(p);
            nomis.newBooking(p, false);
            for (String code : CODES.subList(0, i % 4)) {
                nomis.seed(p, AlertsTestWorld.nomisRequest(code, null));
                dps.seed(p, AlertsTestWorld.dpsRequest(code, null));
            }
        }
    }

    private long bookingOf(String prisoner) {
        return nomis.currentBooking(prisoner).orElseThrow();
    }

    @Test
    void onDemand_reportsExactlyThePlantedMismatchesAmongThousandsOfPrisoners() {
        populate(3000);
        nomis.seed(prisoner(4), AlertsTestWorld.nomisRequest("HA", null));            // missing from DPS
        dps.seed(prisoner(1001), AlertsTestWorld.dpsRequest("VU", null));             // missing from NOMIS
        nomis.seed(prisoner(2002), AlertsTestWorld.nomisRequest("PEEP", null));       // different codes
        dps.seed(prisoner(2002), AlertsTestWorld.dpsRequest("SC", null));
        dps.seed(prisoner(2999), AlertsTestWorld.dpsRequest("HA", null));             // a second active HA
        nomis.seed(prisoner(500), new NomisAlertRequest("PEEP", AlertsTestWorld.TODAY.minusDays(9),
                AlertsTestWorld.TODAY.minusDays(1), false, null, null, "X"));        // inactive: not a mismatch

        AlertsReconciliationReport report = ActiveAlertsReconciliation.runNow(engine(ports(nomis, active),
                new AlertsReconciliationSettings(20, 8)));

        assertThat(report.activePrisoners()).isEqualTo(3000);
        assertThat(report.prisonersChecked()).isEqualTo(3000);
        assertThat(report.pagesChecked()).isEqualTo(3000 / 20);
        assertThat(report.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(report.complete()).isTrue();
        assertThat(report.mismatches()).containsExactly(
                new AlertsMismatch(prisoner(4), bookingOf(prisoner(4)), 1, 0, List.of("HA"), List.of()),
                new AlertsMismatch(prisoner(1001), bookingOf(prisoner(1001)), 1, 2, List.of(), List.of("VU")),
                new AlertsMismatch(prisoner(2002), bookingOf(prisoner(2002)), 3, 3, List.of("PEEP"), List.of("SC")),
                new AlertsMismatch(prisoner(2999), bookingOf(prisoner(2999)), 3, 4, List.of(), List.of("HA")));
        assertThat(telemetry.named(MISMATCH)).hasSize(4)
                .anySatisfy(e -> assertThat(e.properties()).containsEntry("offenderNo", prisoner(2002))
                        .containsEntry("missingFromDps", "PEEP").containsEntry("missingFromNomis", "SC")
                        .containsEntry("nomisCount", "3").containsEntry("dpsCount", "3"));
        assertThat(telemetry.named("alerts-reports-reconciliation-report")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("mismatch-count", "4")
                        .containsEntry("checked", "3000").containsEntry("success", "true")
                        .containsEntry("run-id", report.runId())
                        .as("upstream's count, which the one-off report had").containsEntry("prisoners-count", "3000"));
        assertThat(telemetry.named("alerts-reports-reconciliation-requested")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("active-prisoners", "3000"));
    }

    @Test
    void onDemand_aFailingPageIsReportedAndSkippedAndNoMoreThanMaxInFlightPrisonersAreCheckedAtOnce() {
        for (int i = 0; i < 200; i++) {
            active.add(prisoner(i));
        }
        ActivePrisoners failingThirdPage = (page, size) -> {
            if (page == 2) {
                throw new UpstreamUnavailable("NOMIS timed out");
            }
            return active.page(page, size);
        };
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AlertsNomisApi slowNomis = new DelegatingNomis(nomis) {
            @Override
            public List<NomisAlert> currentBookingAlerts(String offenderNo) {
                most.accumulateAndGet(now.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now.decrementAndGet();
                return List.of();
            }
        };
        ReconciliationEngine engine = engine(ports(slowNomis, failingThirdPage),
                new AlertsReconciliationSettings(20, 3));

        AlertsReconciliationReport report = ActiveAlertsReconciliation.runNow(engine);

        assertThat(report.pageErrors()).isEqualTo(1);
        assertThat(report.prisonersChecked()).isEqualTo(180);
        assertThat(report.pagesChecked()).isEqualTo(9);
        assertThat(report.activePrisoners()).isEqualTo(200);
        assertThat(report.complete()).isFalse();
        assertThat(most.get()).isBetween(1, 3);
        assertThat(telemetry.count("alerts-reports-reconciliation-mismatch-page-error")).isEqualTo(1);
        assertThat(telemetry.named("alerts-reports-reconciliation-report")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("success", "false"));
    }

    @Test
    void onDemand_whenNomisCannotSayHowManyAreActive_nothingIsCheckedAndTheRunFails() {
        populate(40);
        ActivePrisoners down = (page, size) -> {
            throw new UpstreamUnavailable("GET /prisoners/ids/active answered 503");
        };

        AlertsReconciliationReport report = ActiveAlertsReconciliation.runNow(engine(ports(nomis, down),
                AlertsReconciliationSettings.DEFAULTS));

        assertThat(report.status()).isEqualTo(RunStatus.FAILED);
        assertThat(report.activePrisoners()).isZero();
        assertThat(report.prisonersChecked()).isZero();
        assertThat(report.pageErrors()).isEqualTo(1);
        assertThat(report.complete()).isFalse();
        assertThat(report.mismatches()).isEmpty();
    }

    @Test
    void eachMismatchIsStoredAndTrackedWithUpstreamsFieldsInOrder_withoutABookingWhenNomisHasNoActiveAlert() {
        populate(1000);
        nomis.seed(prisoner(4), AlertsTestWorld.nomisRequest("HA", null));
        dps.seed(prisoner(101), AlertsTestWorld.dpsRequest("VU", null));
        nomis.seed(prisoner(202), AlertsTestWorld.nomisRequest("PEEP", null));
        dps.seed(prisoner(202), AlertsTestWorld.dpsRequest("SC", null));
        dps.seed(prisoner(999), AlertsTestWorld.dpsRequest("HA", null));
        nomis.seed(prisoner(500), new NomisAlertRequest("PEEP", AlertsTestWorld.TODAY.minusDays(9),
                AlertsTestWorld.TODAY.minusDays(1), false, null, null, "X"));
        active.add("Z0000ZZ");   // no booking, no alerts in NOMIS; one in DPS: no bookingId field
        dps.seed("Z0000ZZ", AlertsTestWorld.dpsRequest("XA", null));
        ReconciliationEngine engine = engine();

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        Map<String, Map<String, String>> expected = new LinkedHashMap<>();
        expected.put(prisoner(4), fields(prisoner(4), bookingOf(prisoner(4)), 1, 0, "HA", ""));
        expected.put(prisoner(101), fields(prisoner(101), bookingOf(prisoner(101)), 1, 2, "", "VU"));
        expected.put(prisoner(202), fields(prisoner(202), bookingOf(prisoner(202)), 3, 3, "PEEP", "SC"));
        expected.put(prisoner(999), fields(prisoner(999), bookingOf(prisoner(999)), 3, 4, "", "HA"));
        expected.put("Z0000ZZ", fields("Z0000ZZ", null, 0, 1, "", "XA"));
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.checked()).isEqualTo(1001);
        assertThat(run.mismatchCount()).isEqualTo(5);
        List<Mismatch> stored = engine.mismatches(run.id());
        assertThat(stored).extracting(Mismatch::key).containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(stored).allSatisfy(m -> {
            assertThat(List.copyOf(m.fields().entrySet())).isEqualTo(List.copyOf(expected.get(m.key()).entrySet()));
            assertThat(m.likelySide()).isEqualTo(LikelySide.UNKNOWN);
        });
        assertThat(telemetry.named(MISMATCH)).hasSize(5);
        expected.forEach((prisoner, fields) -> assertThat(telemetry.named(MISMATCH)).as("telemetry of %s", prisoner)
                .anySatisfy(e -> assertThat(e.properties()).containsAllEntriesOf(fields)
                        .containsEntry("run-id", run.id())));
        assertThat(telemetry.named(MISMATCH)).filteredOn(e -> "Z0000ZZ".equals(e.properties().get("offenderNo")))
                .singleElement().satisfies(e -> assertThat(e.properties()).doesNotContainKey("bookingId"));
        assertThat(AlertsReconciliationReport.of(run, stored).mismatches())
                .filteredOn(m -> m.offenderNo().equals("Z0000ZZ"))
                .containsExactly(new AlertsMismatch("Z0000ZZ", null, 0, 1, List.of(), List.of("XA")));
    }

    @Test
    void onDemand_theRunIsStoredListedExcludableAndReportsNoRepair_likeTheScheduledOne() {
        populate(60);
        nomis.seed(prisoner(7), AlertsTestWorld.nomisRequest("HA", null));
        dps.seed(prisoner(8), AlertsTestWorld.dpsRequest("VU", null));
        ReconciliationEngine engine = engine();
        engine.exclude("alerts", prisoner(8), "DPS-only alert agreed with the team");

        AlertsReconciliationReport report = ActiveAlertsReconciliation.runNow(engine);

        assertThat(report.mismatches()).extracting(AlertsMismatch::offenderNo).containsExactly(prisoner(7));
        assertThat(engine.runs("alerts", 5)).extracting(ReconciliationRun::id).containsExactly(report.runId());
        assertThat(engine.find(report.runId())).get().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
            assertThat(run.total()).isEqualTo(60L);
            assertThat(run.checked()).isEqualTo(60);
            assertThat(run.mismatchCount()).isEqualTo(1);
        });
        assertThat(engine.mismatches(report.runId())).extracting(Mismatch::key).containsExactly(prisoner(7));
        assertThat(telemetry.count("alerts-reports-reconciliation-excluded")).isEqualTo(1);
        assertThat(engine.repairAll(report.runId(), true)).extracting(RepairResult::key, RepairResult::outcome)
                .containsExactly(tuple(prisoner(7), RepairResult.Outcome.NOT_REPAIRABLE));
    }

    @Test
    void eachSidesSortedCodesAreTheValuesAndTheNoteSaysWhatIsMissingWhere() {
        active.add("A1234BC");
        nomis.newBooking("A1234BC", false);
        nomis.seed("A1234BC", AlertsTestWorld.nomisRequest("XA", null));
        nomis.seed("A1234BC", AlertsTestWorld.nomisRequest("HA", null));
        dps.seed("A1234BC", AlertsTestWorld.dpsRequest("HA", null));
        dps.seed("A1234BC", AlertsTestWorld.dpsRequest("SC", null));
        ActiveAlertsReconciliation alerts = new ActiveAlertsReconciliation(ports(nomis, active),
                AlertsReconciliationSettings.DEFAULTS);

        Optional<Mismatch> mismatch = alerts.check("A1234BC", ReconciliationParameters.none());

        assertThat(mismatch).get().satisfies(m -> {
            assertThat(m.nomisValue()).isEqualTo("HA,XA");
            assertThat(m.dpsValue()).isEqualTo("HA,SC");
            assertThat(m.note()).isEqualTo("DPS lacks XA and NOMIS lacks SC");
        });
        dps.seed("A1234BC", AlertsTestWorld.dpsRequest("XA", null));
        nomis.seed("A1234BC", AlertsTestWorld.nomisRequest("SC", null));
        assertThat(alerts.check("A1234BC", ReconciliationParameters.none())).isEmpty();
    }

    @Test
    void declaresUpstreamsNamePrefixScheduleAndPaging() {
        ActiveAlertsReconciliation alerts = new ActiveAlertsReconciliation(ports(nomis, active),
                new AlertsReconciliationSettings(25, 6));

        assertThat(alerts.name()).isEqualTo("alerts");
        assertThat(alerts.telemetryPrefix()).isEqualTo("alerts-reports-reconciliation");
        assertThat(alerts.defaultSchedule()).contains("45 4 * * *");
        assertThat(alerts.dated()).isFalse();
        assertThat(alerts.pageSize()).isEqualTo(25);
        assertThat(alerts.maxInFlight()).isEqualTo(6);
    }

    /** A mismatch's fields in the order upstream's telemetry has them, without a booking id NOMIS did not give. */
    private static Map<String, String> fields(String offenderNo, Long bookingId, int nomisCount, int dpsCount,
                                              String missingFromDps, String missingFromNomis) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", offenderNo);
        if (bookingId != null) {
            fields.put("bookingId", bookingId.toString());
        }
        fields.put("nomisCount", Integer.toString(nomisCount));
        fields.put("dpsCount", Integer.toString(dpsCount));
        fields.put("missingFromDps", missingFromDps);
        fields.put("missingFromNomis", missingFromNomis);
        return fields;
    }

    /** Passes every call to the real twin; tests override one method. */
    private static class DelegatingNomis implements AlertsNomisApi {
        private final AlertsNomisApi real;

        DelegatingNomis(AlertsNomisApi real) {
            this.real = real;
        }

        @Override
        public NomisAlertCreated createAlert(String offenderNo, NomisAlertRequest request) {
            return real.createAlert(offenderNo, request);
        }

        @Override
        public boolean updateAlert(NomisAlertId id, NomisAlertRequest request) {
            return real.updateAlert(id, request);
        }

        @Override
        public boolean deleteAlert(NomisAlertId id) {
            return real.deleteAlert(id);
        }

        @Override
        public Optional<NomisAlert> findAlert(NomisAlertId id) {
            return real.findAlert(id);
        }

        @Override
        public List<NomisAlert> currentBookingAlerts(String offenderNo) {
            return real.currentBookingAlerts(offenderNo);
        }

        @Override
        public List<NomisAlertId> resynchronise(String offenderNo, List<NomisAlertRequest> alerts) {
            return real.resynchronise(offenderNo, alerts);
        }
    }
}
