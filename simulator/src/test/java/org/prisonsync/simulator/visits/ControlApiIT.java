package org.prisonsync.simulator.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.visits.DpsVisit;
import org.prisonsync.simulator.Faults;
import org.prisonsync.simulator.RunningSimulator;

class ControlApiIT {
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenTheSameSeed_thenBookVisitsGivesTheSameReferencesAndValidFutureVisits() {
        try (var twin = new RunningSimulator()) {
            var mine = sim.simulator.traffic().bookVisits(5);
            var theirs = twin.simulator.traffic().bookVisits(5);

            assertThat(mine).extracting(DpsVisit::reference)
                    .containsExactlyElementsOf(theirs.stream().map(DpsVisit::reference).toList())
                    .doesNotHaveDuplicates();
        }
        for (DpsVisit visit : sim.simulator.dpsVisits().all()) {
            assertThat(visit.prisonerId()).matches("[A-Z]\\d{4}[A-Z]{2}");
            assertThat(visit.startTimestamp()).isAfter(LocalDateTime.now());
            assertThat(visit.visitRoom()).isIn(DpsVisitFactory.ROOMS);
            assertThat(visit.prisonId()).isEqualTo("MDI");
            assertThat(visit.visitorPersonIds()).containsExactly(4729570L, 4729580L);
        }
    }

    @Test
    void generateBooksTheCountOfDpsVisitsAndAnswersEachReferenceAndPrisoner() {
        var answer = sim.post("/simulator/dps/visits/generate", "{\"count\":3}");

        assertThat(answer.code()).isEqualTo(201);
        var booked = answer.jsonList();
        assertThat(booked).hasSize(3);
        assertThat(sim.simulator.dpsVisits().all()).extracting(DpsVisit::reference)
                .containsExactlyElementsOf(booked.stream().map(b -> (String) b.get("reference")).toList());
        assertThat(sim.simulator.dpsVisits().all()).extracting(DpsVisit::prisonerId)
                .containsExactlyElementsOf(booked.stream().map(b -> (String) b.get("prisonerId")).toList());
    }

    @Test
    void generateRefusesACountOutOfRangeAndUnknownFields() {
        assertThat(sim.post("/simulator/dps/visits/generate", "{\"count\":0}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/visits/generate", "{\"count\":500001}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/visits/generate", "{\"count\":\"2\"}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/dps/visits/generate", "{\"count\":1,\"prison\":\"MDI\"}").code())
                .isEqualTo(400);
        assertThat(sim.post("/simulator/dps/visits/generate", "{}").code()).isEqualTo(400);
        assertThat(sim.simulator.dpsVisits().all()).isEmpty();
    }

    @Test
    void givenTrafficIsStarted_thenVisitsAreBookedUntilItIsStopped() throws InterruptedException {
        var started = sim.post("/simulator/traffic/start", "{\"intervalMs\":20}");
        assertThat(started.code()).isEqualTo(200);
        assertThat(started.json()).containsEntry("running", true).containsEntry("intervalMs", 20);

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sim.simulator.dpsVisits().all().size() < 6 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        var stopped = sim.post("/simulator/traffic/stop", "");

        assertThat(stopped.json()).containsEntry("running", false);
        assertThat(sim.simulator.dpsVisits().all()).hasSizeGreaterThanOrEqualTo(6);
        assertThat(sim.simulator.dpsVisits().all()).anyMatch(DpsVisit::cancelled);
        int afterStop = sim.simulator.dpsVisits().all().size();
        Thread.sleep(100);
        assertThat(sim.simulator.dpsVisits().all()).hasSize(afterStop);
    }

    @Test
    void givenTrafficAndNomisVisits_thenAPrisonOfficerCancelsOneEverySeventhTick() throws InterruptedException {
        sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}");
        sim.simulator.traffic().start(Duration.ofMillis(10));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (sim.simulator.events().count("VISIT_CANCELLED") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        sim.simulator.traffic().stop();

        assertThat(sim.simulator.events().count("VISIT_CANCELLED")).isEqualTo(1);
        assertThat(sim.simulator.nomisVisits().all().get(0).modifyUserId()).isEqualTo(VisitTraffic.NOMIS_OFFICER);
    }

    @Test
    void statsCountVisitsEventsAndFaults() {
        sim.simulator.traffic().bookVisits(2);
        sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}");
        sim.simulator.faults().set("GET /visits/{reference}", Faults.FaultRule.errors(1.0, 502));
        assertThat(sim.get("/visits/ab-cd-ef-gh").code()).isEqualTo(502);

        var stats = sim.get("/simulator/stats").json();

        assertThat(stats).containsEntry("nomisVisits", 1).containsEntry("dpsVisits", 2);
        assertThat(stats.get("eventsPublished")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("prison-visit.booked", 2);
        assertThat(stats.get("faultsInjected")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("error", 1);
    }

    @Test
    void nomisVisitListingFiltersByOffender() {
        sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}");
        sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}");
        sim.post("/simulator/nomis/prisoners/B2345CD/visits", "{\"user\":\"OFFICER_2\"}");

        assertThat(sim.get("/simulator/nomis/visits").jsonList()).hasSize(3);
        var filtered = sim.get("/simulator/nomis/visits?offenderNo=B2345CD").jsonList();
        assertThat(filtered).hasSize(1);
        assertThat(filtered.get(0)).containsEntry("offenderNo", "B2345CD").containsEntry("createUserId", "OFFICER_2");
        assertThat(sim.simulator.nomisVisits().visitsOf("A1234BC")).as("officers can double-book").hasSize(2);
    }

    @Test
    void givenACancelledDpsVisit_thenChangingItAnswers409() {
        String reference = sim.simulator.traffic().bookVisits(1).get(0).reference();
        sim.simulator.dpsVisits().cancel(reference, "VISITOR_CANCELLED");

        assertThat(sim.put("/simulator/dps/visits/" + reference, "{\"visitRoom\":\"X\"}").code()).isEqualTo(409);
        assertThat(sim.put("/simulator/dps/visits/zz-zz-zz-zz", "{}").code()).isEqualTo(404);
        assertThat(sim.get("/simulator/dps/visits").jsonList()).hasSize(1);
    }
}
