package org.prisonsync.simulator.adjustments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.adjustments.NomisAdjustmentId;
import org.prisonsync.simulator.RunningSimulator;

/**
 * The adjustments control routes: an adjustment planted on one side only, and a copy of one, each without an event,
 * then served at the real paths; bad input refused with a 400 naming the field, an unknown original a 404.
 */
class AdjustmentControlRoutesIT {
    private final RunningSimulator sim = new RunningSimulator();
    private final AdjustmentsSimulation adjustments = sim.simulator.domain(AdjustmentsSimulation.class);

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void plantsOnOneSideWithoutAnEventAndCopiesAnAdjustmentOnEachSide() {
        var nomis = sim.post("/simulator/adjustments/plant", "{\"side\":\"NOMIS\",\"offenderNo\":\"A5001AA\","
                + "\"bookingId\":5001,\"adjustmentType\":\"UAL\",\"adjustmentDays\":9}");
        assertThat(nomis.code()).as(nomis.body()).isEqualTo(201);
        NomisAdjustmentId planted = NomisAdjustmentId.parseKey((String) nomis.json().get("id")).orElseThrow();
        assertThat(adjustments.nomis().find(planted)).hasValueSatisfying(a -> {
            assertThat(a.offenderNo()).isEqualTo("A5001AA");
            assertThat(a.adjustmentDays()).isEqualTo(9);
            assertThat(a.sentenceSequence()).isNull();
        });
        var served = sim.get("/prisoners/booking-id/5001/sentencing-adjustments?active-only=true");
        assertThat(served.code()).isEqualTo(200);
        assertThat(served.body()).contains("\"UAL\"");

        var dps = sim.post("/simulator/adjustments/plant", "{\"side\":\"DPS\",\"offenderNo\":\"A5001AA\","
                + "\"bookingId\":5001,\"adjustmentType\":\"RX\",\"adjustmentDays\":4,\"sentenceSequence\":2}");
        assertThat(dps.code()).as(dps.body()).isEqualTo(201);
        String uuid = (String) dps.json().get("id");
        assertThat(adjustments.dps().find(uuid)).hasValueSatisfying(a -> {
            assertThat(a.sentenceSequence()).isEqualTo(2);
            assertThat(a.adjustmentType()).isEqualTo("RX");
        });

        var nomisCopy = sim.post("/simulator/adjustments/duplicate-of", "{\"nomisAdjustmentId\":\""
                + planted.key() + "\"}");
        assertThat(nomisCopy.code()).isEqualTo(201);
        assertThat(adjustments.nomis().bookingAdjustments(5001, false)).hasSize(2);
        var dpsCopy = sim.post("/simulator/adjustments/duplicate-of", "{\"adjustmentId\":\"" + uuid + "\"}");
        assertThat(dpsCopy.code()).isEqualTo(201);
        assertThat(adjustments.dps().of("A5001AA")).hasSize(2);
        assertThat(sim.queues.queues()).allSatisfy(q -> assertThat(sim.queues.messages(q.queueName())).isEmpty());
    }

    @Test
    void badInputIsA400NamingTheFieldAndAnUnknownOriginalA404() {
        String good = "\"side\":\"NOMIS\",\"offenderNo\":\"A5002AA\",\"bookingId\":5002,\"adjustmentType\":\"UAL\"";
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good + ",\"adjustmentDays\":-1}").body())
                .contains("adjustmentDays");
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good + ",\"adjustmentDays\":1,\"extra\":1}")
                .code()).isEqualTo(400);
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good.replace("A5002AA", "bad")
                + ",\"adjustmentDays\":1}").body()).contains("offenderNo");
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good.replace("NOMIS", "BOTH")
                + ",\"adjustmentDays\":1}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good.replace("\"UAL\"", "\"ual; drop\"")
                + ",\"adjustmentDays\":1}").body()).contains("adjustmentType");
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good + ",\"adjustmentDays\":1,"
                + "\"sentenceSequence\":0}").body()).contains("sentenceSequence");
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good + ",\"adjustmentDays\":1}").code())
                .isEqualTo(201);
        assertThat(sim.post("/simulator/adjustments/plant", "{" + good.replace("A5002AA", "A5003AA")
                + ",\"adjustmentDays\":1}").body()).contains("booking 5002");
        assertThat(sim.post("/simulator/adjustments/duplicate-of", "{}").code()).isEqualTo(400);
        assertThat(sim.post("/simulator/adjustments/duplicate-of", "{\"nomisAdjustmentId\":\"SENTENCE:x\"}")
                .code()).isEqualTo(400);
        assertThat(sim.post("/simulator/adjustments/duplicate-of", "{\"nomisAdjustmentId\":\"SENTENCE:987654\"}")
                .code()).isEqualTo(404);
        assertThat(sim.post("/simulator/adjustments/duplicate-of", "{\"adjustmentId\":\"no-such\"}").code())
                .isEqualTo(404);
    }
}
