package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.alerts.DpsAlert;
import org.prisonsync.core.alerts.NomisAlert;
import org.prisonsync.core.alerts.NomisAlertRequest;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.VisitsMigrationRequest;
import org.prisonsync.simulator.alerts.AlertsSimulation;
import org.prisonsync.simulator.prisoners.DemoPrisoners;

/**
 * What a simulator started beside a kept database needs: with an id base, its NOMIS visit and booking ids start past
 * it and its DPS references are drawn afresh; without one, it numbers as it always did (tests rely on that). And the
 * embedded default's demo prisoners, only when asked for.
 */
class FreshIdsAndDemoPrisonersIT {
    private static final SimulatorSettings DEFAULTS = RunningSimulator.settings(RunningSimulator.TO_NOMIS,
            RunningSimulator.FROM_NOMIS);
    private static final String ALERTS_TO_NOMIS = "to-nomis-alerts";
    private static final String ALERTS_FROM_NOMIS = "from-nomis-alerts";
    private static final long BASE = SimulatorSettings.idBaseAt(Instant.parse("2026-12-04T18:00:00Z"));

    @Test
    void givenAnIdBase_thenNomisVisitIdsAndBookingIdsStartPastIt() {
        try (RunningSimulator sim = new RunningSimulator(DEFAULTS.withIdBase(BASE))) {
            long visitId = sim.createNomisVisit("A1234BC", "2026-12-24T14:00:00", "fresh");
            long generated = sim.simulator.generateNomisVisits(2, 1, List.of("MDI")).firstVisitId();
            long booking = sim.simulator.nomisAlerts().newBooking("A1234BC", false);

            assertThat(visitId).isEqualTo(BASE + 1);
            assertThat(generated).isEqualTo(BASE + 2);
            assertThat(booking).isEqualTo(BASE + 1);
        }
    }

    @Test
    void givenNoIdBase_thenIdsStartWhereTheyAlwaysDid() {
        try (RunningSimulator sim = new RunningSimulator(DEFAULTS)) {
            assertThat(sim.createNomisVisit("A1234BC", "2026-12-24T14:00:00", "first")).isEqualTo(1);
            assertThat(sim.simulator.nomisAlerts().newBooking("A1234BC", false)).isEqualTo(1000);
        }
    }

    @Test
    void givenTwoStartsWithTheSameSeedButDifferentIdBases_thenTheirDpsReferencesDiffer() {
        List<String> first = references(DEFAULTS.withIdBase(BASE));
        List<String> second = references(DEFAULTS.withIdBase(BASE + 1_000_000));
        List<String> unbased = references(DEFAULTS);

        assertThat(first).doesNotContainAnyElementsOf(second).doesNotContainAnyElementsOf(unbased);
        assertThat(unbased).isEqualTo(references(DEFAULTS)).contains("aa-aa-aa-aa");
    }

    @Test
    void theIdBaseOfAStartIsItsEpochMillisecondTimesAThousand() {
        assertThat(SimulatorSettings.idBaseAt(Instant.ofEpochMilli(1_779_032_791_123L)))
                .isEqualTo(1_779_032_791_123_000L);
    }

    @Test
    void givenDemoPrisoners_thenFourAreActiveWithAlertsOnBothSidesAndOnlyA1234BCDiffers() {
        try (RunningSimulator sim = new RunningSimulator(DEFAULTS.withIdBase(BASE).withSetting(DemoPrisoners.SETTING, "true")
                .withQueue(AlertsSimulation.TO_NOMIS_QUEUE, ALERTS_TO_NOMIS)
                .withQueue(AlertsSimulation.FROM_NOMIS_QUEUE, ALERTS_FROM_NOMIS), new InMemoryQueues(List.of(
                QueueDefinition.withDefaults("tonomis", RunningSimulator.TO_NOMIS, "d1"),
                QueueDefinition.withDefaults("fromnomis", RunningSimulator.FROM_NOMIS, "d2"),
                QueueDefinition.withDefaults("alertstonomis", ALERTS_TO_NOMIS, "d3"),
                QueueDefinition.withDefaults("alertsfromnomis", ALERTS_FROM_NOMIS, "d4"))))) {
            Simulator simulator = sim.simulator;
            List<String> active = simulator.activePrisoners().page(0, 100).prisonerNumbers();

            assertThat(active).containsExactly("A1234BC", "B5678CD", "C9012DE", "D3456EF");
            assertThat(active).allSatisfy(p -> assertThat(simulator.nomisAlerts().currentBooking(p)).isPresent());
            assertThat(codes(simulator, "A1234BC")).containsExactly(List.of("HA", "XA"), List.of("HA"));
            assertThat(codes(simulator, "B5678CD")).containsExactly(List.of("XEL"), List.of("XEL"));
            assertThat(codes(simulator, "C9012DE")).containsExactly(List.of("HA", "PEEP"), List.of("HA", "PEEP"));
            assertThat(codes(simulator, "D3456EF")).containsExactly(List.of(), List.of());
            // seeded as they stand: no event for prison-sync to act on
            assertThat(sim.queues.messages(ALERTS_TO_NOMIS)).isEmpty();
            assertThat(sim.queues.messages(ALERTS_FROM_NOMIS)).isEmpty();
            // and a prison officer can add to a demo prisoner's current booking
            simulator.nomisAlerts().createByNomisUser("D3456EF",
                    new NomisAlertRequest("XA", LocalDate.now(), null, true, null, null, "OFFICER"));
            assertThat(codes(simulator, "D3456EF").get(0)).containsExactly("XA");
        }
    }

    @Test
    void givenDefaults_thenThereAreNoDemoPrisoners() {
        try (RunningSimulator sim = new RunningSimulator(DEFAULTS)) {
            assertThat(sim.simulator.activePrisoners().page(0, 100).total()).isZero();
            assertThat(sim.simulator.dpsAlerts().all()).isEmpty();
        }
    }

    /** Two visits booked by the demo traffic and two migrated, on a fresh simulator with these settings. */
    private static List<String> references(SimulatorSettings settings) {
        try (RunningSimulator sim = new RunningSimulator(settings)) {
            List<String> references = new ArrayList<>(sim.simulator.traffic().bookVisits(2).stream()
                    .map(DpsVisit::reference).toList());
            references.add(sim.simulator.dpsVisits().migrateVisit(migration()));
            references.add(sim.simulator.dpsVisits().migrateVisit(migration()));
            return references;
        }
    }

    private static VisitsMigrationRequest migration() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 14, 0);
        return new VisitsMigrationRequest("SMITH", "A1234BC", "MDI", start, start.plusHours(1), "SOCIAL", "BOOKED",
                null, "Main Hall", List.of(4729510L), 4729510L, null, List.of(), "OPEN", start.minusDays(7), null);
    }

    /** The active alert codes of the prisoner in NOMIS (current booking), then in DPS. */
    private static List<List<String>> codes(Simulator simulator, String prisoner) {
        return List.of(
                simulator.nomisAlerts().currentBookingAlerts(prisoner).stream().filter(NomisAlert::active)
                        .map(NomisAlert::alertCode).toList(),
                simulator.dpsAlerts().alertsOf(prisoner).stream().filter(DpsAlert::active)
                        .map(DpsAlert::alertCode).toList());
    }
}
