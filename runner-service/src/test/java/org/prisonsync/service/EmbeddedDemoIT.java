package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.alerts.ActiveAlertsReconciliation;
import org.prisonsync.core.alerts.AlertsMismatch;
import org.prisonsync.core.alerts.AlertsReconciliationReport;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.simulator.Simulator;

/**
 * The embedded default as a newcomer meets it: sync works on every start, although H2 in the data folder keeps the
 * mappings of earlier runs while the simulator starts empty each time; and {@code alerts reconcile} has demo
 * prisoners to check.
 */
class EmbeddedDemoIT {
    @TempDir
    Path data;

    @Test
    void givenTheDataOfAnEarlierRun_whenTheServiceStartsAgain_thenVisitsAndAlertsStillSynchroniseBothWays() {
        runOnce("first start");
        runOnce("second start, same data folder");
    }

    @Test
    void givenTheEmbeddedDefault_whenAlertsAreReconciled_thenTheDemoPrisonersAreCheckedAndThePlantedMismatchFound() {
        try (PrisonSyncService service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)),
                new RecordingTelemetry())) {
            AlertsReconciliationReport report = ActiveAlertsReconciliation.runNow(service.core().reconciliations());

            assertThat(report.activePrisoners()).isEqualTo(4);
            assertThat(report.prisonersChecked()).isEqualTo(4);
            assertThat(report.mismatches()).extracting(AlertsMismatch::offenderNo, AlertsMismatch::missingFromDps,
                            AlertsMismatch::missingFromNomis)
                    .containsExactly(tuple("A1234BC", List.of("XA"), List.of()));
        }
    }

    /** One run as a newcomer sees it: DPS bookings reach NOMIS, cancellations cross both ways, a NOMIS alert DPS. */
    private void runOnce(String which) {
        RecordingTelemetry telemetry = new RecordingTelemetry();
        try (PrisonSyncService service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)),
                telemetry)) {
            Simulator simulator = service.simulator().orElseThrow();
            List<DpsVisit> booked = simulator.traffic().bookVisits(3);
            ServiceFixture.await(which + ": 3 visits created in NOMIS", Duration.ofSeconds(30),
                    () -> telemetry.count("visit-create-success") == 3);

            simulator.dpsVisits().cancel(booked.get(0).reference(), "VISITOR_CANCELLED");
            long nomisId = Long.parseLong(service.core().mappings().findByDpsId("VISIT", booked.get(1).reference())
                    .orElseThrow().nomisId());
            simulator.nomisVisits().cancelByNomisUser(nomisId, "OFFCANC", "PRISON_USER");
            ServiceFixture.await(which + ": the DPS cancel in NOMIS, the NOMIS cancel in DPS", Duration.ofSeconds(30),
                    () -> nomisVisitOf(service, booked.get(0)).cancelled()
                            && simulator.dpsVisits().findVisit(booked.get(1).reference()).orElseThrow().cancelled());

            simulator.nomisAlerts().newBooking("E1111EE", false);
            simulator.nomisAlerts().createByNomisUser("E1111EE",
                    new NomisAlertRequest("HA", LocalDate.now(), null, true, null, null, "PRISON_USER"));
            ServiceFixture.await(which + ": the NOMIS alert in DPS", Duration.ofSeconds(30),
                    () -> simulator.dpsAlerts().alertsOf("E1111EE").size() == 1);

            assertThat(telemetry.count("visit-create-duplicate")).isZero();
            assertThat(telemetry.count("visit-cancelled-failed")).isZero();
        }
    }

    private static NomisVisit nomisVisitOf(PrisonSyncService service, DpsVisit visit) {
        long id = Long.parseLong(service.core().mappings().findByDpsId("VISIT", visit.reference()).orElseThrow()
                .nomisId());
        return service.simulator().orElseThrow().nomisVisits().findVisit(id).orElseThrow();
    }
}
