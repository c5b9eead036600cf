package org.prisonsync.simulator.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.simulator.RunningSimulator;
import org.prisonsync.simulator.incentives.IncentiveGenerator.Generated;
import org.prisonsync.simulator.incentives.IncentiveGenerator.Kind;
import org.prisonsync.simulator.incentives.IncentiveGenerator.Planted;

/** The reconciliation generator: counts, planted kinds, what each side then serves, determinism and speed. */
class IncentiveGeneratorIT {
    private final RunningSimulator sim = new RunningSimulator();
    private final IncentivesSimulation incentives = sim.simulator.domain(IncentivesSimulation.class);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void everyPrisonerIsActiveWithAMatchingReviewAndIepExceptThePlantedOnes() {
        Generated generated = incentives.generate(200, 7, 12);

        var page = sim.get("/prisoners/ids/active?page=0&size=500").json();
        assertThat(page).containsEntry("totalElements", 200);
        List<Map<String, Object>> ids = (List<Map<String, Object>>) page.get("content");
        assertThat(generated.mismatches()).hasSize(12);
        assertThat(generated.mismatches()).extracting(Planted::kind).containsOnly(Kind.values())
                .filteredOn(k -> k == Kind.NOMIS_MANUAL_REVIEW).hasSize(3);
        Map<String, Planted> planted = new HashMap<>();
        generated.mismatches().forEach(p -> planted.put(p.prisonerNumber(), p));
        int agreeing = 0;
        for (Map<String, Object> id : ids) {
            String prisoner = (String) id.get("offenderNo");
            long booking = ((Number) id.get("bookingId")).longValue();
            var dps = sim.get("/incentive-reviews/prisoner/" + prisoner);
            var nomis = sim.get("/incentives/booking-id/" + booking + "/current");
            Planted mismatch = planted.get(prisoner);
            if (mismatch == null) {
                assertThat(dps.json().get("iepCode")).isEqualTo(((Map<?, ?>) nomis.json().get("iepLevel")).get("code"));
                assertThat(dps.json()).containsEntry("bookingId", (int) booking);
                agreeing++;
                continue;
            }
            assertThat(mismatch.bookingId()).isEqualTo(booking);
            switch (mismatch.kind()) {
                case DPS_NO_REVIEW -> assertThat(dps.code()).isEqualTo(404);
                case NOMIS_NO_IEP -> assertThat(nomis.code()).isEqualTo(404);
                case NOMIS_MANUAL_REVIEW, NOMIS_SYSTEM_IEP_AFTER_DPS -> {
                    String nomisLevel = (String) ((Map<?, ?>) nomis.json().get("iepLevel")).get("code");
                    assertThat(nomisLevel).isEqualTo(mismatch.nomisLevel()).isNotEqualTo(dps.json().get("iepCode"));
                    assertThat(nomis.json().get("auditModule")).isEqualTo(mismatch.nomisAuditModule());
                    assertThat((String) nomis.json().get("iepDateTime"))
                            .isGreaterThan((String) dps.json().get("iepTime"));
                }
                default -> throw new AssertionError(mismatch);
            }
        }
        assertThat(agreeing).isEqualTo(188);
        assertThat(generated.mismatches()).filteredOn(p -> p.kind() == Kind.NOMIS_MANUAL_REVIEW)
                .extracting(Planted::nomisAuditModule).containsOnly("OIDOIEPS", "JDBC Thin Client");
        assertThat(generated.mismatches()).filteredOn(p -> p.kind() == Kind.DPS_NO_REVIEW)
                .extracting(Planted::likelyWrong).containsOnly("DPS");
    }

    @Test
    void theSameSeedPlantsTheSameMismatchesOnTheSamePrisonersAndAnotherSeedDoesNot() {
        Generated first = incentives.generate(500, 42, 20);
        Generated other;
        Generated again;
        try (RunningSimulator twin = new RunningSimulator()) {
            again = twin.simulator.domain(IncentivesSimulation.class).generate(500, 42, 20);
        }
        try (RunningSimulator third = new RunningSimulator()) {
            other = third.simulator.domain(IncentivesSimulation.class).generate(500, 43, 20);
        }
        assertThat(again).isEqualTo(first);
        assertThat(other.mismatches()).extracting(Planted::prisonerNumber)
                .doesNotContainAnyElementsOf(first.mismatches().stream().map(Planted::prisonerNumber).toList());
    }

    @Test
    void theGenerateRouteAnswersThePlantedMismatchesAndRefusesBadCounts() {
        var answer = sim.post("/simulator/incentives/generate", "{\"count\":40,\"seed\":3,\"mismatches\":4}");

        assertThat(answer.code()).isEqualTo(201);
        assertThat(answer.json()).containsEntry("prisoners", 40).containsKeys("firstPrisonerNumber");
        assertThat((List<Map<String, Object>>) answer.json().get("mismatches")).hasSize(4)
                .allSatisfy(m -> assertThat(m).containsKeys("prisonerNumber", "bookingId", "kind", "likelyWrong"));
        assertThat(sim.post("/simulator/incentives/generate", "{\"count\":5,\"mismatches\":6}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/incentives/generate", "{\"count\":0}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/incentives/generate", "{\"count\":5,\"extra\":1}").code()).isEqualTo(400);
    }

    @Test
    void aHundredThousandPrisonersAreSeededInAFewSecondsOfCpuAndServedByBookingAndPrisoner() {
        // CPU time of this thread, not wall time: the machine is shared and wall time says more about the neighbours
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        Generated generated = incentives.generate(100_000, 1, 1000);
        long seededMs = (threads.getCurrentThreadCpuTime() - started) / 1_000_000;

        assertThat(seededMs).as("seeding took %d ms of CPU", seededMs).isLessThan(5_000);
        assertThat(generated.mismatches()).hasSize(1000);
        var lastPage = sim.get("/prisoners/ids/active?page=4999&size=20").json();
        assertThat(lastPage).containsEntry("totalElements", 100_000).containsEntry("last", true);
        assertThat((List<?>) lastPage.get("content")).hasSize(20);
        Planted planted = generated.mismatches().get(generated.mismatches().size() - 1);
        assertThat(sim.get("/incentives/booking-id/" + planted.bookingId() + "/incentive-sequence/1").code())
                .isEqualTo(planted.kind() == Kind.NOMIS_NO_IEP ? 404 : 200);
        boolean lastHasNoReview = generated.mismatches().stream().anyMatch(p -> p.kind() == Kind.DPS_NO_REVIEW
                && p.prisonerNumber().equals(generated.lastPrisonerNumber()));
        assertThat(sim.get("/incentive-reviews/prisoner/" + generated.lastPrisonerNumber()).code())
                .isEqualTo(lastHasNoReview ? 404 : 200);
    }
}
