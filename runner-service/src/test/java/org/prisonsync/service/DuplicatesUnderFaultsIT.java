package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.core.visits.NomisVisit;
import org.prisonsync.core.visits.VisitTranslation;
import org.prisonsync.simulator.Simulator;

/**
 * Done-when 2: every event published more than once (as SNS may deliver it), NOMIS creates that time out after
 * succeeding, and two service instances consuming the same queue — still exactly one NOMIS visit and one mapping per
 * DPS visit.
 */
class DuplicatesUnderFaultsIT {
    @TempDir
    static Path data;
    static PrisonSyncService first;
    static PrisonSyncService second;
    static RecordingTelemetry telemetry = new RecordingTelemetry();

    @BeforeAll
    static void start() {
        Map<String, String> env = ServiceFixture.embeddedEnv(data);
        env.put("API_TIMEOUT_MS", "400");
        first = PrisonSyncService.start(ServiceConfig.from(env), telemetry);
        second = PrisonSyncService.start(ServiceConfig.from(ServiceFixture.secondInstanceEnv(env, data)), telemetry);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
    }

    @Test
    void eachDpsVisitEndsAsExactlyOneNomisVisitAndOneMapping() {
        Simulator simulator = first.simulator().orElseThrow();
        simulator.faults().setDuplicatePublishRate(1.0);
        simulator.faults().set("POST /prisoners/{offenderNo}/visits",
                new org.prisonsync.simulator.Faults.FaultRule(0, 0.0, 500, 0.1, 1200));

        List<DpsVisit> booked = IntStream.range(0, 60)
                .mapToObj(i -> simulator.dpsVisits().book(ServiceFixture.dpsVisit("dup-" + i, 1000 + i))).toList();

        ServiceFixture.await("every DPS visit mapped", Duration.ofSeconds(90), () -> booked.stream()
                .allMatch(v -> first.core().mappings().findByDpsId("VISIT", v.reference()).isPresent()));

        Map<String, Long> nomisVisitsPerReference = simulator.nomisVisits().all().stream()
                .collect(Collectors.groupingBy(NomisVisit::commentText, Collectors.counting()));
        assertThat(nomisVisitsPerReference).hasSize(60);
        assertThat(nomisVisitsPerReference.values()).allMatch(count -> count == 1);
        assertThat(booked).allSatisfy(v -> {
            String mappedNomisId = first.core().mappings().findByDpsId("VISIT", v.reference()).orElseThrow().nomisId();
            NomisVisit mapped = simulator.nomisVisits().findVisit(Long.parseLong(mappedNomisId)).orElseThrow();
            assertThat(mapped.commentText()).isEqualTo(VisitTranslation.bookingComment(v.reference()));
        });
        assertThat(simulator.faults().injected().getOrDefault("timeoutAfterSuccess", 0L)).isPositive();
        assertThat(simulator.faults().injected().getOrDefault("duplicatePublish", 0L)).isPositive();
        assertThat(telemetry.count("to-nomis-synch-visit-duplicate")).isZero();
    }
}
