package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsDpsApi;
import org.prisonsync.core.visits.inmemory.InMemoryVisitsNomisApi;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.mapping.Mapping;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.simulator.Simulator;

/**
 * Done-when 1 of the walking skeleton, on the embedded default: real ElasticMQ, the simulator over HTTP (with OAuth
 * tokens), H2, the service's listeners. 100 DPS bookings become exactly 100 NOMIS visits and mappings; DPS and NOMIS
 * cancellations cross over; neither echo is synchronised back.
 */
class VisitsEndToEndIT {
    @TempDir
    static Path data;
    static PrisonSyncService service;
    static RecordingTelemetry telemetry = new RecordingTelemetry();
    static Simulator simulator;

    @BeforeAll
    static void start() {
        service = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.embeddedEnv(data)), telemetry);
        simulator = service.simulator().orElseThrow();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void visitsAreSynchronisedBothWaysWithoutEchoes() {
        InMemoryVisitsDpsApi dps = simulator.dpsVisits();
        InMemoryVisitsNomisApi nomis = simulator.nomisVisits();
        List<DpsVisit> booked = IntStream.range(0, 100)
                .mapToObj(i -> dps.book(ServiceFixture.dpsVisit("e2e-" + i, i))).toList();

        ServiceFixture.await("100 NOMIS visits, each mapped", Duration.ofSeconds(60),
                () -> nomis.size() == 100 && booked.stream().allMatch(v -> mapping(v.reference()).isPresent()));
        assertThat(booked).allSatisfy(v -> {
            NomisVisit inNomis = nomis.findVisit(Long.parseLong(mapping(v.reference()).orElseThrow().nomisId()))
                    .orElseThrow();
            assertThat(inNomis.offenderNo()).isEqualTo(v.prisonerId());
            assertThat(inNomis.startDateTime()).isEqualTo(v.startTimestamp());
            assertThat(inNomis.commentText()).contains(v.reference());
        });

        List<DpsVisit> cancelledInDps = booked.subList(0, 10);
        cancelledInDps.forEach(v -> dps.cancel(v.reference(), "VISITOR_CANCELLED"));
        ServiceFixture.await("10 NOMIS visits cancelled", Duration.ofSeconds(30),
                () -> cancelledInDps.stream().allMatch(v -> nomisVisitOf(v).cancelled()));
        assertThat(cancelledInDps).allSatisfy(v -> assertThat(nomisVisitOf(v).visitOutcome()).isEqualTo("VISCANC"));

        List<DpsVisit> cancelledInNomis = booked.subList(10, 15);
        cancelledInNomis.forEach(v -> nomis.cancelByNomisUser(nomisVisitOf(v).visitId(), "OFFCANC", "PRISON_USER"));
        ServiceFixture.await("5 DPS visits cancelled", Duration.ofSeconds(30),
                () -> cancelledInNomis.stream().allMatch(v -> dps.findVisit(v.reference()).orElseThrow().cancelled()));
        assertThat(cancelledInNomis).allSatisfy(v ->
                assertThat(dps.findVisit(v.reference()).orElseThrow().outcomeStatus()).isEqualTo("PRISONER_CANCELLED"));

        // The echoes: our NOMIS cancels come back as VISIT_CANCELLED by DPS_SYNCHRONISATION, our DPS cancels as
        // prison-visit.cancelled with source NOMIS. Each is skipped, and nothing else changes.
        ServiceFixture.await("echoes skipped", Duration.ofSeconds(30),
                () -> telemetry.count("visit-cancellation-synchronisation-skipped") == 10
                        && telemetry.count("visit-cancelled-skipped") == 5);
        assertThat(nomis.size()).isEqualTo(100);
        assertThat(nomis.all().stream().filter(NomisVisit::cancelled)).hasSize(15);
        assertThat(dps.all().stream().filter(DpsVisit::cancelled)).hasSize(15);
        assertThat(telemetry.count("visit-create-success")).isEqualTo(100);
    }

    private static Optional<Mapping> mapping(String reference) {
        return service.core().mappings().findByDpsId("VISIT", reference);
    }

    private static NomisVisit nomisVisitOf(DpsVisit v) {
        return simulator.nomisVisits().findVisit(Long.parseLong(mapping(v.reference()).orElseThrow().nomisId()))
                .orElseThrow();
    }
}
