package org.prisonsync.core.alerts;

import org.prisonsync.core.prisoners.ActivePrisoners;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.UpstreamUnavailable;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertDuplicates;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.alerts.inmemory.InMemoryPrisonerMappings;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;

class AlertsReconciliationTest {
    private static final List<String> CODES = List.of("HA", "XA", "VU", "RSS");
    private static final int PRISONERS = 3000;

    private final MutableClock clock = new MutableClock(AlertsTestWorld.START);
    private final InMemoryAlertsNomisApi nomis = new InMemoryAlertsNomisApi(clock);
    private final InMemoryAlertsDpsApi dps = new InMemoryAlertsDpsApi(clock);
    private final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    private final RecordingTelemetry telemetry = new RecordingTelemetry(clock);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static String prisoner(int i) {
        return String.format("A%04dAA", i);
    }

    /** Prisoner i has the first i % 4 codes, active, on both sides. */
    private void populate() {
        for (int i = 0; i < PRISONERS; i++) {
            String p = prisoner(i);
            active.add(p);
            nomis.newBooking(p, false);
            for (String code : CODES.subList(0, i % 4)) {
                nomis.seed(p, AlertsTestWorld.nomisRequest(code, null));
                dps.seed(p, AlertsTestWorld.dpsRequest(code, null));
            }
        }
    }

    private AlertsReconciliation reconciliation(AlertPorts ports) {
        return new AlertsReconciliation(ports, telemetry, pool, new AlertsReconciliationSettings(20, 8));
    }

    private AlertPorts ports(AlertsNomisApi nomisApi, ActivePrisoners prisoners) {
        return new AlertPorts(nomisApi, dps, new InMemoryPrisonerMappings(new InMemoryMappingStore(clock)),
                new InMemoryAlertDuplicates(), prisoners);
    }

    @Test
    void reportsExactlyThePlantedMismatchesAmongThousandsOfPrisoners() {
        populate();
        nomis.seed(prisoner(4), AlertsTestWorld.nomisRequest("HA", null));            // missing from DPS
        dps.seed(prisoner(1001), AlertsTestWorld.dpsRequest("VU", null));             // missing from NOMIS
        nomis.seed(prisoner(2002), AlertsTestWorld.nomisRequest("PEEP", null));       // different codes
        dps.seed(prisoner(2002), AlertsTestWorld.dpsRequest("SC", null));
        dps.seed(prisoner(2999), AlertsTestWorld.dpsRequest("HA", null));             // a second active HA
        nomis.seed(prisoner(500), new NomisAlertRequest("PEEP", AlertsTestWorld.TODAY.minusDays(9),
                AlertsTestWorld.TODAY.minusDays(1), false, null, null, "X"));        // inactive: not a mismatch

        AlertsReconciliationReport report = reconciliation(ports(nomis, active)).run();

        assertThat(report.activePrisoners()).isEqualTo(PRISONERS);
        assertThat(report.prisonersChecked()).isEqualTo(PRISONERS);
        assertThat(report.pagesChecked()).isEqualTo(PRISONERS / 20);
        assertThat(report.complete()).isTrue();
        assertThat(report.mismatches()).containsExactly(
                new AlertsMismatch(prisoner(4), nomis.currentBooking(prisoner(4)).orElseThrow(), 1, 0,
                        List.of("HA"), List.of()),
                new AlertsMismatch(prisoner(1001), nomis.currentBooking(prisoner(1001)).orElseThrow(), 1, 2,
                        List.of(), List.of("VU")),
                new AlertsMismatch(prisoner(2002), nomis.currentBooking(prisoner(2002)).orElseThrow(), 3, 3,
                        List.of("PEEP"), List.of("SC")),
                new AlertsMismatch(prisoner(2999), nomis.currentBooking(prisoner(2999)).orElseThrow(), 3, 4,
                        List.of(), List.of("HA")));
        assertThat(telemetry.named("alerts-reports-reconciliation-mismatch")).hasSize(4)
                .anySatisfy(e -> assertThat(e.properties()).containsEntry("offenderNo", prisoner(2002))
                        .containsEntry("missingFromDps", "PEEP").containsEntry("missingFromNomis", "SC")
                        .containsEntry("nomisCount", "3").containsEntry("dpsCount", "3"));
        assertThat(telemetry.named("alerts-reports-reconciliation-report")).singleElement()
                .satisfies(e -> assertThat(e.properties()).containsEntry("mismatch-count", "4")
                        .containsEntry("prisoners-count", Integer.toString(PRISONERS)));
    }

    @Test
    void aFailingPageIsReportedAndSkippedAndNoMoreThanMaxInFlightPrisonersAreCheckedAtOnce() {
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
        AlertsReconciliation recon = new AlertsReconciliation(ports(slowNomis, failingThirdPage), telemetry, pool,
                new AlertsReconciliationSettings(20, 3));

        AlertsReconciliationReport report = recon.run();

        assertThat(report.pageErrors()).isEqualTo(1);
        assertThat(report.prisonersChecked()).isEqualTo(180);
        assertThat(report.complete()).isFalse();
        assertThat(most.get()).isBetween(1, 3);
        assertThat(telemetry.count("alerts-reports-reconciliation-mismatch-page-error")).isEqualTo(1);
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
        public java.util.Optional<NomisAlert> findAlert(NomisAlertId id) {
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
