package org.prisonsync.simulator.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.prisonsync.core.inmemory.InMemoryQueues;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.RunningSimulator;

/** Finance's control routes over HTTP: a multi-row NOMIS transaction raises one event per row, in order. */
class FinanceControlRoutesIT {
    private static final String FINANCE_QUEUE = "from-nomis-finance";

    private final RunningSimulator sim = new RunningSimulator(
            RunningSimulator.settings(RunningSimulator.TO_NOMIS, RunningSimulator.FROM_NOMIS)
                    .withQueue(FinanceSimulation.FROM_NOMIS_QUEUE, FINANCE_QUEUE),
            new InMemoryQueues(List.of(
                    QueueDefinition.withDefaults("tonomis", RunningSimulator.TO_NOMIS, "d1"),
                    QueueDefinition.withDefaults("fromnomis", RunningSimulator.FROM_NOMIS, "d2"),
                    QueueDefinition.withDefaults("fromnomisfinance", FINANCE_QUEUE, "d3"))));

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aTransactionOfManyRowsIsWrittenRowByRowEachRowThenItsEvent() throws Exception {
        RunningSimulator.Answer answer = sim.post("/simulator/nomis/transactions",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1234,\"caseload\":\"SWI\",\"rows\":25,\"spreadMillis\":200}");

        assertThat(answer.code()).isEqualTo(202);
        long id = ((Number) answer.json().get("transactionId")).longValue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (sim.notifications(FINANCE_QUEUE).size() < 25 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<Notification> events = sim.notifications(FINANCE_QUEUE);
        assertThat(events).hasSize(25).allSatisfy(e -> {
            assertThat(e.eventType()).isEqualTo("OFFENDER_TRANSACTIONS-INSERTED");
            assertThat(e.message()).containsEntry("transactionId", Long.toString(id))
                    .containsEntry("caseload", "SWI").containsEntry("offenderIdDisplay", "A3864DZ")
                    .containsEntry("bookingId", "1234").containsEntry("auditModuleName", "OTDSUBAT");
        });
        assertThat(events).extracting(e -> e.message().get("entrySequence"))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(Integer::toString)
                        .toList());
        FinanceSimulation finance = sim.simulator.domain(FinanceSimulation.class);
        assertThat(finance.nomis().offenderTransaction(id)).hasSize(25);
        assertThat(sim.get("/simulator/dps/finance/transactions/" + id).json())
                .containsEntry("calls", List.of());
    }

    @Test
    void balancesPlantedOnEitherSideAreServedAtTheRealPathsAndABalanceMigrationIsReadStrictly() {
        assertThat(sim.post("/simulator/nomis/prisoner-balances", "{\"rootOffenderId\":7001,\"prisonNumber\":"
                + "\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":12.50}").code()).isEqualTo(204);
        assertThat(sim.post("/simulator/dps/prisoner-balances", "{\"prisonNumber\":\"G1234AA\",\"prisonId\":"
                + "\"MDI\",\"accountCode\":2101,\"balance\":12.40}").code()).isEqualTo(204);

        assertThat(sim.get("/finance/prisoners/ids/all-from-id?rootOffenderId=7000&pageSize=5").json())
                .containsEntry("rootOffenderIds", List.of(7001)).containsEntry("lastOffenderId", 7001);
        assertThat(sim.get("/finance/prisoners/rootOffenderId/7001/balance/reconcile").json())
                .containsEntry("prisonNumber", "G1234AA")
                .containsEntry("accounts", List.of(java.util.Map.of("accountCode", 2101, "balance", 12.5)));
        assertThat(sim.get("/finance/prisoners/G1234AA/balance/reconcile").json()).containsEntry("rootOffenderId", 7001);
        assertThat(sim.get("/finance/prisoners/rootOffenderId/7002/balance").code()).isEqualTo(404);
        assertThat(sim.get("/reconcile/prisoner-balances/G1234AA").json().get("items"))
                .asList().singleElement().asString().contains("totalBalance=12.4");

        assertThat(sim.post("/migrate/prisoner-balances/G1234AA", "{\"accountBalances\":[{\"prisonId\":\"MDI\","
                + "\"accountCode\":2101,\"balance\":12.50,\"holdBalance\":0,\"transactionId\":0,"
                + "\"asOfTimestamp\":\"2026-03-01T10:00:00\"}]}").code()).isEqualTo(201);
        assertThat(sim.get("/reconcile/prisoner-balances/G1234AA").json().get("items"))
                .asList().singleElement().asString().contains("totalBalance=12.5");
        for (String bad : List.of("{}", "{\"accountBalances\":[1]}", "{\"accountBalances\":[],\"x\":1}",
                "{\"accountBalances\":[{\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":\"1\","
                        + "\"holdBalance\":0,\"asOfTimestamp\":\"2026-03-01T10:00:00\"}]}",
                "{\"accountBalances\":[{\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":1,"
                        + "\"holdBalance\":0,\"asOfTimestamp\":\"2026-03-01T10:00:00\",\"owner\":\"x\"}]}")) {
            assertThat(sim.post("/migrate/prisoner-balances/G1234AA", bad).code()).as(bad).isEqualTo(400);
        }
        assertThat(sim.post("/migrate/prisoner-balances/g1234aa", "{\"accountBalances\":[]}").code()).isEqualTo(400);
    }

    @Test
    void badBalancePlantsAreRefusedWithA400() {
        for (String body : List.of(
                "{\"rootOffenderId\":0,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":1}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2104,\"balance\":1}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":1.001}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":1e9}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"mdi\",\"accountCode\":2101,\"balance\":1}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101}",
                "{\"rootOffenderId\":1,\"prisonNumber\":\"G1234AA\",\"prisonId\":\"MDI\",\"accountCode\":2101,\"balance\":1,\"x\":1}")) {
            assertThat(sim.post("/simulator/nomis/prisoner-balances", body).code()).as(body).isEqualTo(400);
        }
        assertThat(sim.post("/simulator/dps/prisoner-balances", "{\"prisonNumber\":\"G1234AA\",\"prisonId\":"
                + "\"MDI\",\"accountCode\":2101,\"balance\":1,\"transactionId\":-1}").code()).isEqualTo(400);
        assertThat(sim.get("/finance/prisoners/ids/all-from-id?rootOffenderId=%D9%A5").code()).isEqualTo(400);
        assertThat(sim.get("/finance/prisoners/ids/all-from-id?pageSize=0").code()).isEqualTo(400);
    }

    @Test
    void badRequestsAreRefusedWithA400() {
        for (String body : List.of(
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1,\"rows\":0}",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1,\"rows\":5001}",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1,\"spreadMillis\":-1}",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":0}",
                "{\"offenderNo\":\"a3864dz\",\"bookingId\":1}",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1,\"caseload\":\"swi\"}",
                "{\"offenderNo\":\"A3864DZ\",\"bookingId\":1,\"colour\":\"red\"}",
                "{\"bookingId\":1}",
                "[1]")) {
            assertThat(sim.post("/simulator/nomis/transactions", body).code()).as(body).isEqualTo(400);
        }
        assertThat(sim.get("/simulator/dps/finance/transactions/12a").code()).isEqualTo(400);
        assertThat(sim.notifications(FINANCE_QUEUE)).isEmpty();
    }
}
