package org.prisonsync.core.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.prisoners.inmemory.InMemoryActivePrisoners;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertDuplicates;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsDpsApi;
import org.prisonsync.core.alerts.inmemory.InMemoryAlertsNomisApi;
import org.prisonsync.core.inmemory.InMemoryMappingStore;
import org.prisonsync.core.alerts.inmemory.InMemoryPrisonerMappings;
import org.prisonsync.core.inmemory.MutableClock;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.reconciliation.LikelySide;
import org.prisonsync.core.reconciliation.Mismatch;
import org.prisonsync.core.reconciliation.ReconciliationEngine;
import org.prisonsync.core.reconciliation.ReconciliationParameters;
import org.prisonsync.core.reconciliation.ReconciliationRun;
import org.prisonsync.core.reconciliation.RunStatus;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationExclusions;
import org.prisonsync.core.reconciliation.inmemory.InMemoryReconciliationRuns;
import org.prisonsync.core.telemetry.TelemetryEvent;

/** The alerts reconciliation on the generic engine finds what {@link AlertsReconciliation} finds, field for field. */
class ActiveAlertsReconciliationTest {
    private static final List<String> CODES = List.of("HA", "XA", "VU", "RSS");
    private static final int PRISONERS = 1000;
    private static final String MISMATCH = "alerts-reports-reconciliation-mismatch";

    private final MutableClock clock = new MutableClock(AlertsTestWorld.START);
    private final InMemoryAlertsNomisApi nomis = new InMemoryAlertsNomisApi(clock);
    private final InMemoryAlertsDpsApi dps = new InMemoryAlertsDpsApi(clock);
    private final InMemoryActivePrisoners active = new InMemoryActivePrisoners();
    private final AlertPorts ports = new AlertPorts(nomis, dps,
            new InMemoryPrisonerMappings(new InMemoryMappingStore(clock)), new InMemoryAlertDuplicates(), active);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private static String prisoner(int i) {
        return String.format("A%04dAA", i);
    }

    /** Prisoner i has the first i % 4 codes on both sides, then the differences AlertsReconciliationTest plants. */
    private void populateWithPlantedDifferences() {
        for (int i = 0; i < PRISONERS; i++) {
            String p = prisoner(i);
            active.add(p);
            nomis.newBooking(p, false);
            for (String code : CODES.subList(0, i % 4)) {
                nomis.seed(p, AlertsTestWorld.nomisRequest(code, null));
                dps.seed(p, AlertsTestWorld.dpsRequest(code, null));
            }
        }
        nomis.seed(prisoner(4), AlertsTestWorld.nomisRequest("HA", null));
        dps.seed(prisoner(101), AlertsTestWorld.dpsRequest("VU", null));
        nomis.seed(prisoner(202), AlertsTestWorld.nomisRequest("PEEP", null));
        dps.seed(prisoner(202), AlertsTestWorld.dpsRequest("SC", null));
        dps.seed(prisoner(999), AlertsTestWorld.dpsRequest("HA", null));
        nomis.seed(prisoner(500), new NomisAlertRequest("PEEP", AlertsTestWorld.TODAY.minusDays(9),
                AlertsTestWorld.TODAY.minusDays(1), false, null, null, "X"));
        active.add("Z0000ZZ");   // no booking, no alerts in NOMIS; one in DPS: no bookingId field
        dps.seed("Z0000ZZ", AlertsTestWorld.dpsRequest("XA", null));
    }

    @Test
    void reportsTheSameMismatchesWithTheSameFieldsAsTheOneOffReconciliation() {
        populateWithPlantedDifferences();
        RecordingTelemetry oldTelemetry = new RecordingTelemetry(clock);
        RecordingTelemetry newTelemetry = new RecordingTelemetry(clock);
        AlertsReconciliationReport old = new AlertsReconciliation(ports, oldTelemetry, pool,
                AlertsReconciliationSettings.DEFAULTS).run();
        ReconciliationEngine engine = new ReconciliationEngine(
                List.of(new ActiveAlertsReconciliation(ports, AlertsReconciliationSettings.DEFAULTS)),
                new InMemoryReconciliationRuns(), new InMemoryReconciliationExclusions(), newTelemetry, clock, pool);

        ReconciliationRun run = engine.run("alerts", ReconciliationParameters.none());

        assertThat(old.mismatches()).hasSize(5);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(run.checked()).isEqualTo(old.prisonersChecked()).isEqualTo(PRISONERS + 1);
        assertThat(run.mismatchCount()).isEqualTo(old.mismatches().size());
        Map<String, Map<String, String>> expected = old.mismatches().stream()
                .collect(Collectors.toMap(AlertsMismatch::offenderNo, ActiveAlertsReconciliationTest::fieldsOf));
        Map<String, Map<String, String>> actual = engine.mismatches(run.id()).stream()
                .collect(Collectors.toMap(Mismatch::key, Mismatch::fields));
        assertThat(actual).isEqualTo(expected);
        assertThat(engine.mismatches(run.id())).allSatisfy(m -> {
            assertThat(List.copyOf(m.fields().keySet())).isEqualTo(List.copyOf(expected.get(m.key()).keySet()));
            assertThat(m.likelySide()).isEqualTo(LikelySide.UNKNOWN);
        });
        for (TelemetryEvent oldEvent : oldTelemetry.named(MISMATCH)) {
            assertThat(newTelemetry.named(MISMATCH)).as("telemetry of %s", oldEvent.properties().get("offenderNo"))
                    .anySatisfy(e -> assertThat(e.properties()).containsAllEntriesOf(oldEvent.properties()));
        }
        assertThat(newTelemetry.named(MISMATCH)).hasSameSizeAs(oldTelemetry.named(MISMATCH));
    }

    @Test
    void eachSidesSortedCodesAreTheValuesAndTheNoteSaysWhatIsMissingWhere() {
        active.add("A1234BC");
        nomis.newBooking("A1234BC", false);
        nomis.seed("A1234BC", AlertsTestWorld.nomisRequest("XA", null));
        nomis.seed("A1234BC", AlertsTestWorld.nomisRequest("HA", null));
        dps.seed("A1234BC", AlertsTestWorld.dpsRequest("HA", null));
        dps.seed("A1234BC", AlertsTestWorld.dpsRequest("SC", null));
        ActiveAlertsReconciliation alerts = new ActiveAlertsReconciliation(ports,
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
        ActiveAlertsReconciliation alerts = new ActiveAlertsReconciliation(ports,
                new AlertsReconciliationSettings(25, 6));

        assertThat(alerts.name()).isEqualTo("alerts");
        assertThat(alerts.telemetryPrefix()).isEqualTo("alerts-reports-reconciliation");
        assertThat(alerts.defaultSchedule()).contains("45 4 * * *");
        assertThat(alerts.dated()).isFalse();
        assertThat(alerts.pageSize()).isEqualTo(25);
        assertThat(alerts.maxInFlight()).isEqualTo(6);
    }

    /** What the one-off reconciliation tracks for a mismatch, in its order, without a null booking id. */
    private static Map<String, String> fieldsOf(AlertsMismatch m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offenderNo", m.offenderNo());
        if (m.bookingId() != null) {
            fields.put("bookingId", m.bookingId().toString());
        }
        fields.put("nomisCount", Integer.toString(m.nomisCount()));
        fields.put("dpsCount", Integer.toString(m.dpsCount()));
        fields.put("missingFromDps", String.join(",", m.missingFromDps()));
        fields.put("missingFromNomis", String.join(",", m.missingFromNomis()));
        return fields;
    }
}
