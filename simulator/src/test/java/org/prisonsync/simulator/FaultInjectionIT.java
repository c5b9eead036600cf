package org.prisonsync.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.prisonsync.simulator.RunningSimulator.TO_NOMIS;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.message.Notification;

class FaultInjectionIT {
    private static final String CREATE = "POST /prisoners/{offenderNo}/visits";
    private final RunningSimulator sim = new RunningSimulator();

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void givenErrorRateOne_thenCreateAnswersTheErrorStatusAndChangesNothing() {
        sim.simulator.faults().set(CREATE, Faults.FaultRule.errors(1.0, 503));

        var answer = sim.post("/prisoners/A1234BC/visits",
                RunningSimulator.createVisitBody("2026-11-24T14:00:00", "c"));

        assertThat(answer.code()).isEqualTo(503);
        assertThat(sim.simulator.nomisVisits().size()).isZero();
        assertThat(sim.simulator.faults().injected()).containsEntry("error", 1L);
    }

    @Test
    void givenAnErrorRuleSetOverTheControlApi_thenTheRouteAnswers500WithoutStateChange() {
        String reference = sim.simulator.traffic().bookVisits(1).get(0).reference();
        var set = sim.put("/simulator/faults",
                "{\"route\":\"PUT /migrate-visits/{reference}/cancel\",\"rule\":{\"errorRate\":1.0}}");

        var answer = sim.put("/migrate-visits/" + reference + "/cancel",
                "{\"cancelOutcome\":{\"outcomeStatus\":\"VISITOR_CANCELLED\"}}");

        assertThat(set.code()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo(500);
        assertThat(sim.simulator.dpsVisits().findVisit(reference).orElseThrow().cancelled()).isFalse();
        assertThat(sim.delete("/simulator/faults").code()).isEqualTo(204);
        assertThat(sim.put("/migrate-visits/" + reference + "/cancel",
                "{\"cancelOutcome\":{\"outcomeStatus\":\"VISITOR_CANCELLED\"}}").code()).isEqualTo(200);
    }

    @Test
    void givenAFaultForAnUnknownRoute_thenTheControlApiAnswers400() {
        assertThat(sim.put("/simulator/faults", "{\"route\":\"GET /nope\",\"rule\":{\"errorRate\":1.0}}").code())
                .isEqualTo(400);
        assertThat(sim.put("/simulator/faults", "{\"route\":\"" + CREATE + "\",\"rule\":{\"errorRate\":2}}").code())
                .isEqualTo(400);
    }

    @Test
    void givenTimeoutAfterSuccess_thenTheClientTimesOutButTheVisitExists() {
        sim.simulator.faults().set(CREATE, Faults.FaultRule.timeoutAfterSuccess(1.0, 5_000));
        OkHttpClient impatient = sim.http.newBuilder().readTimeout(Duration.ofMillis(300)).build();
        Request request = new Request.Builder().url(sim.simulator.baseUrl() + "/prisoners/A1234BC/visits")
                .post(RequestBody.create(RunningSimulator.createVisitBody("2026-11-24T14:00:00", "c"),
                        MediaType.get("application/json"))).build();

        assertThatThrownBy(() -> sim.call(request, impatient)).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(InterruptedIOException.class);

        assertThat(sim.simulator.nomisVisits().visitsOf("A1234BC")).hasSize(1);
        assertThat(sim.simulator.faults().injected()).containsEntry("timeoutAfterSuccess", 1L);
    }

    @Test
    void givenLatency_thenTheCallIsDelayedButSucceeds() {
        sim.simulator.faults().set("GET /visits/{visitId}", Faults.FaultRule.latency(200));
        long visitId = sim.createNomisVisit("A1234BC", "2026-11-24T14:00:00", "c");

        long start = System.nanoTime();
        var answer = sim.get("/visits/" + visitId);

        assertThat(answer.code()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
        assertThat(sim.simulator.faults().injected()).containsEntry("latency", 1L);
    }

    @Test
    void givenDuplicatePublishRateOne_thenEveryEventIsSentAtLeastTwiceIdentically() {
        var set = sim.put("/simulator/faults", "{\"duplicatePublishRate\":1.0}");

        sim.simulator.traffic().bookVisits(3);

        assertThat(set.code()).isEqualTo(200);
        var notifications = sim.notifications(TO_NOMIS);
        assertThat(notifications.size()).isBetween(6, 9);
        for (var reference : sim.simulator.dpsVisits().all()) {
            var copies = notifications.stream().filter(n -> n.message().get("additionalInformation").toString()
                    .contains(reference.reference())).toList();
            assertThat(copies).hasSizeGreaterThanOrEqualTo(2);
            assertThat(copies).extracting(Notification::messageId).containsOnly(copies.get(0).messageId());
        }
        assertThat(sim.simulator.events().count("prison-visit.booked")).isEqualTo(3);
        assertThat(sim.simulator.faults().injected()).containsEntry("duplicatePublish", 3L);
    }

    @Test
    void controlAndHealthRoutesAreNeverFaulted() {
        sim.simulator.faults().set(CREATE, Faults.FaultRule.errors(1.0, 500));

        assertThat(sim.get("/health/ping").code()).isEqualTo(200);
        assertThat(sim.post("/simulator/nomis/prisoners/A1234BC/visits", "{}").code()).isEqualTo(201);
    }
}
