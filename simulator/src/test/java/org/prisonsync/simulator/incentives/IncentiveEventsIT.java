package org.prisonsync.simulator.incentives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.RunningSimulator;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/** The incentives API's domain events, published on the incentives to-NOMIS queue as the real API raises them. */
class IncentiveEventsIT {
    private static final String INCENTIVES = "to-nomis-incentives";

    private final RunningSimulator sim = new RunningSimulator(
            RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS)
                    .withQueue(IncentivesSimulation.TO_NOMIS_QUEUE, INCENTIVES),
            new InMemoryQueues(List.of(
                    QueueDefinition.withDefaults("tonomis", RunningSimulator.TO_NOMIS, "d1"),
                    QueueDefinition.withDefaults("fromnomis", RunningSimulator.FROM_NOMIS, "d2"),
                    QueueDefinition.withDefaults("tonomisincentives", INCENTIVES, "d3"))));

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aDpsReviewIsPublishedAsIepReviewInsertedWithItsIdPrisonerAndReason() {
        sim.simulator.domain(PrisonersSimulation.class).admit("A1234BC");

        var review = sim.post("/simulator/dps/prisoners/A1234BC/incentive-reviews", "{\"iepCode\":\"ENH\"}").json();
        sim.post("/simulator/dps/prisoners/A1234BC/incentive-reviews",
                "{\"iepCode\":\"STD\",\"reason\":\"USER_CREATED_NOMIS\"}");

        List<Notification> events = sim.notifications(INCENTIVES);
        assertThat(events).extracting(Notification::eventType)
                .containsExactly("incentives.iep-review.inserted", "incentives.iep-review.inserted");
        assertThat(events.get(0).message()).containsEntry("eventType", "incentives.iep-review.inserted")
                .containsKeys("occurredAt", "version", "description");
        assertThat(events.get(0).message().get("additionalInformation")).isEqualTo(Map.of(
                "id", ((Number) review.get("id")).longValue(), "nomsNumber", "A1234BC", "reason", "USER_CREATED_DPS"));
        assertThat((Map<String, Object>) events.get(1).message().get("additionalInformation"))
                .containsEntry("reason", "USER_CREATED_NOMIS");
        assertThat(sim.notifications(RunningSimulator.TO_NOMIS)).as("visits' queue").isEmpty();
    }

    @Test
    void levelChangesArePublishedAsLevelChangedReorderedAndPrisonLevelChanged() {
        assertThat(sim.put("/simulator/dps/incentive-levels/EN4", "{\"name\":\"Enhanced 4\"}").code())
                .isEqualTo(200);
        assertThat(sim.post("/simulator/dps/incentive-levels/reorder",
                "{\"codes\":[\"EN4\",\"BAS\",\"STD\",\"ENH\",\"EN2\",\"EN3\",\"ENT\"]}").code()).isEqualTo(200);
        assertThat(sim.put("/simulator/dps/prison-incentive-levels/MDI/EN4", "{\"visitOrders\":4}").code())
                .isEqualTo(200);

        List<Notification> events = sim.notifications(INCENTIVES);
        assertThat(events).extracting(Notification::eventType).containsExactly("incentives.level.changed",
                "incentives.levels.reordered", "incentives.prison-level.changed");
        assertThat(events.get(0).message().get("additionalInformation")).isEqualTo(Map.of("incentiveLevel", "EN4"));
        assertThat(events.get(2).message().get("additionalInformation"))
                .isEqualTo(Map.of("incentiveLevel", "EN4", "prisonId", "MDI"));
        assertThat(sim.get("/incentive/levels").jsonList().get(0)).containsEntry("code", "EN4");
        assertThat(sim.get("/incentive/prison-levels/MDI/level/EN4").json()).containsEntry("visitOrders", 4);
    }

    @Test
    void aReorderThatLeavesOutALevelIsRefusedAndPublishesNothing() {
        assertThat(sim.post("/simulator/dps/incentive-levels/reorder", "{\"codes\":[\"BAS\"]}").code())
                .isEqualTo(400);
        assertThat(sim.notifications(INCENTIVES)).isEmpty();
    }

    @Test
    void withoutAnIncentivesQueueNothingIsPublished() {
        try (RunningSimulator quiet = new RunningSimulator()) {
            quiet.simulator.domain(PrisonersSimulation.class).admit("A1234BC");
            assertThat(quiet.post("/simulator/dps/prisoners/A1234BC/incentive-reviews", "{\"iepCode\":\"ENH\"}")
                    .code()).isEqualTo(201);
            assertThat(quiet.simulator.events().count("incentives.iep-review.inserted")).isZero();
        }
        assertThat(sim.simulator.events().count("incentives.iep-review.inserted")).isZero();
    }
}
