package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.prisonsync.core.finance.FinanceDomain;
import org.prisonsync.core.finance.FinanceSync;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.inmemory.RecordingTelemetry;
import org.prisonsync.core.message.Notification;
import org.prisonsync.core.queue.QueueDefinition;
import org.prisonsync.simulator.finance.FinanceSimulation;

/**
 * Issue 16 on two service instances sharing one ElasticMQ, one PostgreSQL schema and the simulator, as production
 * instances share AWS: a 2,000-row NOMIS transaction whose row events arrive over 3 s reaches DPS in exactly one call
 * with every row, a later update in exactly one more; an instance that died between opening a window and queuing its
 * sync, or that stops while the sync is pending, still leaves exactly one call; a bad row event is dead-lettered at
 * once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FinanceEndToEndIT {
    private static final String SCHEMA = "finance_e2e_it";
    private static final String PRISONER = "A3864DZ";
    private static final long BOOKING = 1234;
    /**
     * Upstream's production value. Rows are written over 3 s, but the window must also cover how long the simulator
     * takes to publish them and how far the consumers lag, which on a 2-core machine running the build next to two
     * service instances has been up to 12 s.
     */
    private static final Duration GRACE = Duration.ofSeconds(20);
    /**
     * How long a test waits for what should take a grace period or two: long, since a wait ends as soon as its
     * condition holds, and on a loaded 2-core machine the consumers have lagged by a minute.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @TempDir
    static Path data;
    @TempDir
    static Path secondData;
    static PrisonSyncService first;
    static PrisonSyncService second;
    static FinanceSimulation finance;
    static QueueDefinition queue;
    static final RecordingTelemetry FIRST = new RecordingTelemetry();
    static final RecordingTelemetry SECOND = new RecordingTelemetry();

    @BeforeAll
    static void start() throws Exception {
        ServiceFixture.dropSchemaIfReachable(SCHEMA);
        Map<String, String> env = ServiceFixture.embeddedOnPostgres(data, SCHEMA);
        env.put("DEMO_PRISONERS", "false");
        env.put("FINANCE_TRANSACTIONS_GRACE_PERIOD_SECONDS", Long.toString(GRACE.toSeconds()));
        first = PrisonSyncService.start(ServiceConfig.from(env), FIRST);
        Map<String, String> secondEnv = ServiceFixture.secondInstanceEnv(env, secondData);
        secondEnv.put("DATABASE_URL", env.get("DATABASE_URL"));
        secondEnv.put("DATABASE_USERNAME", env.get("DATABASE_USERNAME"));
        second = PrisonSyncService.start(ServiceConfig.from(secondEnv), SECOND);
        finance = first.simulator().orElseThrow().domain(FinanceSimulation.class);
        queue = first.core().queues().byId(FinanceDomain.FROM_NOMIS.id());
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        ServiceFixture.dropSchemaIfReachable(SCHEMA);
    }

    @Test
    @Order(1)
    void aTwoThousandRowTransactionOverThreeSecondsIsOneDpsCallAndAnUpdateAfterItExactlyOneMore() {
        long tx = finance.writeTransaction(PRISONER, BOOKING, "SWI", 2_000, Duration.ofSeconds(3));

        ServiceFixture.await("the transaction in DPS", PATIENCE,
                () -> !finance.dps().callsFor(tx).isEmpty());
        awaitSettled();
        List<OffenderTransactionSync> calls = finance.dps().callsFor(tx);
        assertThat(calls).extracting(call -> call.offenderTransactions().size()).containsExactly(2_000);
        assertThat(calls.get(0).offenderNo()).isEqualTo(PRISONER);
        // both instances took row events: the window held across them
        assertThat(FIRST.count("transactions-synchronisation-row-absorbed")
                + SECOND.count("transactions-synchronisation-row-absorbed")).isEqualTo(1_999);
        assertThat(FIRST.count("transactions-synchronisation-row-absorbed")).isPositive();
        assertThat(SECOND.count("transactions-synchronisation-row-absorbed")).isPositive();
        assertThat(first.core().mappings().findByNomisId(FinanceSync.ENTITY_TYPE, Long.toString(tx)))
                .hasValueSatisfying(m -> assertThat(m.prisonerNumber()).isEqualTo(PRISONER));

        finance.updateRow(tx, 2, PRISONER, BOOKING, "SWI", "9.99");
        ServiceFixture.await("the update in DPS", PATIENCE, () -> finance.dps().callsFor(tx).size() > 1);
        awaitSettled();
        assertThat(finance.dps().callsFor(tx)).hasSize(2);
        OffenderTransactionSync last = finance.dps().latest(tx);
        assertThat(last.offenderTransactions()).hasSize(2_000);
        assertThat(last.offenderTransactions().get(1).amount()).isEqualByComparingTo("9.99");
        assertThat(first.core().domain(FinanceDomain.class).pendingWindows(10)).isEmpty();
        assertThat(dlqReasons()).isEmpty();
    }

    @Test
    @Order(2)
    void anInstanceThatDiedAfterOpeningAWindowBeforeQueuingItsSyncStillLeavesExactlyOneCall() throws Exception {
        long tx = finance.nextTransactionId();
        // what a killed instance leaves: the window row inserted, its delayed sync never sent (its event message,
        // never deleted, comes back; here another row's event stands for it)
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        try (Connection c = DriverManager.getConnection(ServiceFixture.PG_URL, "postgres", "");
             PreparedStatement insert = c.prepareStatement("insert into " + SCHEMA + ".transaction_buffer"
                     + " (transaction_id, generation, state, dirty, lease_until, opened_at)"
                     + " values (?, 1, 'OPEN', false, ?, ?)")) {
            insert.setLong(1, tx);
            insert.setTimestamp(2, Timestamp.valueOf(now.plusSeconds(10)));
            insert.setTimestamp(3, Timestamp.valueOf(now));
            insert.executeUpdate();
        }
        finance.writeRows(tx, PRISONER, BOOKING, "SWI", 1, 3, Duration.ZERO, "2.00");

        ServiceFixture.await("the transaction in DPS", PATIENCE,
                () -> !finance.dps().callsFor(tx).isEmpty());
        awaitSettled();
        assertThat(finance.dps().callsFor(tx)).extracting(call -> call.offenderTransactions().size())
                .containsExactly(3);
        assertThat(FIRST.count("transactions-synchronisation-row-rescheduled")
                + SECOND.count("transactions-synchronisation-row-rescheduled")).isEqualTo(1);
        assertThat(first.core().domain(FinanceDomain.class).pendingWindows(10)).isEmpty();
    }

    @Test
    @Order(3)
    void aBadRowEventIsDeadLetteredAtOnceWithItsReason() {
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("eventType", FinanceSync.OFFENDER_TRANSACTIONS_INSERTED);
        message.put("eventDatetime", "2026-03-02T10:00:00");
        message.put("transactionId", "１２３");
        message.put("entrySequence", "1");
        message.put("caseload", "SWI");
        first.messageQueue().send(queue.queueName(), new Notification(UUID.randomUUID().toString(),
                FinanceSync.OFFENDER_TRANSACTIONS_INSERTED, message));

        ServiceFixture.await("one on the DLQ", Duration.ofSeconds(30), () -> dlqReasons().size() == 1);
        assertThat(dlqReasons()).singleElement().satisfies(r -> assertThat(r).contains("transactionId"));
        first.core().queueAdmin().purge(queue.dlqName());
    }

    @Test
    @Order(4)
    void theRepairEndpointsResendATransactionAfterADryRunAndRefuseBadInput() {
        long tx = finance.writeTransaction(PRISONER, BOOKING, "SWI", 5, Duration.ZERO);
        ServiceFixture.await("the transaction in DPS", PATIENCE,
                () -> !finance.dps().callsFor(tx).isEmpty());
        awaitSettled();
        String base = "http://127.0.0.1:" + first.port();

        assertThat(ServiceFixture.http("POST", base + "/transactions/" + tx + "/repair?dryRun=true").body())
                .contains("PLANNED").contains("5 prisoner row(s) of " + PRISONER);
        assertThat(ServiceFixture.http("GET", base + "/transactions/windows").body()).isEqualTo("[]");
        assertThat(ServiceFixture.http("POST", base + "/transactions/" + tx + "/repair?dryRun=false").body())
                .contains("DONE");
        assertThat(ServiceFixture.http("GET", base + "/transactions/windows").body()).contains("\"transactionId\":"
                + tx);
        ServiceFixture.await("resent", PATIENCE, () -> finance.dps().callsFor(tx).size() == 2);
        assertThat(ServiceFixture.http("GET", base + "/sync/prisoner-transaction/payload/" + tx).body())
                .contains("\"offenderTransactions\"");

        assertThat(ServiceFixture.http("POST", base + "/transactions/" + tx + "/repair?dryRun=maybe").statusCode())
                .isEqualTo(400);
        assertThat(ServiceFixture.http("POST", base + "/transactions/%D9%A4%D9%A2/repair?dryRun=true").statusCode())
                .isEqualTo(400);
        assertThat(ServiceFixture.http("GET", base + "/sync/prisoner-transaction/payload/987654321").statusCode())
                .isEqualTo(404);
        String today = finance.nomis().offenderTransaction(tx).get(0).entryDate().toString();
        String prisonerRepair = base + "/prisoners/" + PRISONER + "/transactions/repair";
        assertThat(ServiceFixture.http("POST", prisonerRepair + "?from=" + today + "&to=" + today + "&dryRun=true")
                .body()).contains("PLANNED").contains("transaction " + tx);
        assertThat(ServiceFixture.http("POST", prisonerRepair + "?to=" + today + "&dryRun=true").statusCode())
                .isEqualTo(400);
        assertThat(ServiceFixture.http("POST", prisonerRepair + "?from=2026-02-30&to=" + today + "&dryRun=true")
                .statusCode()).isEqualTo(400);
        assertThat(ServiceFixture.http("POST", base + "/prisoners/a1/transactions/repair?from=" + today + "&to="
                + today + "&dryRun=true").statusCode()).isEqualTo(400);
        awaitSettled();
    }

    @Test
    @Order(5)
    void theTransactionsReconciliationReportsExactlyThePlantedDifferencesAndItsRepairClearsThem() {
        long synced = finance.writeTransaction(PRISONER, BOOKING, "SWI", 3, Duration.ZERO);
        long changed = finance.writeTransaction(PRISONER, BOOKING, "SWI", 2, Duration.ZERO);
        ServiceFixture.await("both in DPS", PATIENCE, () -> !finance.dps().callsFor(synced).isEmpty()
                && !finance.dps().callsFor(changed).isEmpty());
        awaitSettled();
        // planted: a transaction whose events were lost, and one DPS holds differently
        long lost = finance.nextTransactionId();
        org.prisonsync.core.finance.OffenderTransactionEntry row = finance.nomis().offenderTransaction(synced).get(0);
        finance.nomis().write(new org.prisonsync.core.finance.OffenderTransactionEntry(lost, 1, row.offenderId(),
                PRISONER, BOOKING, "SWI", new java.math.BigDecimal("3.30"), "CANT", "DR", "Canteen",
                row.entryDate(), null, "lost", "SPND", List.of(), row.createdAt(), "CLERK1", "A Clerk", null, null,
                null));
        OffenderTransactionSync held = finance.dps().latest(changed);
        finance.dps().plant(new OffenderTransactionSync(UUID.randomUUID(), changed, "SWI",
                List.of(held.offenderTransactions().get(0))));
        String base = "http://127.0.0.1:" + first.port();
        String run = "/reconciliations/prisoner-transactions/runs?wait=true&date=" + row.entryDate();

        String report = ServiceFixture.http("POST", base + run).body();
        String runId = report.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String mismatches = ServiceFixture.http("GET", base + "/reconciliations/runs/" + runId).body();
        assertThat(mismatches).contains("\"key\":\"" + lost + "\"").contains("\"key\":\"" + changed + "\"")
                .doesNotContain("\"key\":\"" + synced + "\"").contains("NOT_MAPPED").contains("DIFFERENT_ROWS");
        assertThat(ServiceFixture.http("POST", base + "/reconciliations/runs/" + runId + "/repair?dryRun=true")
                .body()).contains("WOULD_REPAIR");
        assertThat(finance.dps().callsFor(lost)).isEmpty();
        assertThat(ServiceFixture.http("POST", base + "/reconciliations/runs/" + runId + "/repair?dryRun=false")
                .body()).contains("REPAIRED");
        ServiceFixture.await("repaired in DPS", PATIENCE, () -> !finance.dps().callsFor(lost).isEmpty()
                && finance.dps().callsFor(changed).size() == 2);
        awaitSettled();

        String next = ServiceFixture.http("POST", base + run).body();
        assertThat(next).contains("\"mismatchCount\":0");
    }

    @Test
    @Order(6)
    void anInstanceStoppingWhileItsWindowsSyncIsPendingLeavesExactlyOneCall() {
        long tx = finance.writeTransaction(PRISONER, BOOKING, "SWI", 200, Duration.ofMillis(500));
        ServiceFixture.await("the window open", Duration.ofSeconds(30),
                () -> !first.core().domain(FinanceDomain.class).pendingWindows(10).isEmpty());
        second.close();
        second = null;

        ServiceFixture.await("the transaction in DPS", PATIENCE,
                () -> !finance.dps().callsFor(tx).isEmpty());
        awaitSettled();
        assertThat(finance.dps().callsFor(tx)).extracting(call -> call.offenderTransactions().size())
                .containsExactly(200);
    }

    @Test
    @Order(7)
    void thePrisonerBalanceReconciliationReportsExactlyThePlantedDifferencesAndTheRepairClearsThemAfterADryRun() {
        awaitSettled();
        finance.nomis().openAccount(8_000_001L, "G5555GG", "MDI", 2101, new java.math.BigDecimal("25.00"));
        finance.nomis().openAccount(8_000_002L, "G6666GG", "MDI", 2103, new java.math.BigDecimal("10.00"));
        finance.dps().migratePrisonerBalance(new org.prisonsync.core.finance.PrisonerBalance(0, "G6666GG", List.of(
                new org.prisonsync.core.finance.PrisonerAccount("MDI", 0, java.time.LocalDateTime.of(2026, 1, 1, 0, 0),
                        2103, new java.math.BigDecimal("9.00"), java.math.BigDecimal.ZERO))));
        String base = "http://127.0.0.1:" + first.port();
        String run = "/reconciliations/prisoner-balance/runs?wait=true";

        String report = ServiceFixture.http("POST", base + run).body();
        String runId = report.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        String mismatches = ServiceFixture.http("GET", base + "/reconciliations/runs/" + runId).body();
        // the transactions synced by the tests before agree on both sides: only the planted two differ
        assertThat(report).contains("\"mismatchCount\":2");
        assertThat(mismatches).contains("\"key\":\"8000001\"").contains("\"key\":\"8000002\"")
                .contains("NOT_IN_DPS").contains("DIFFERENT_BALANCES");

        String dry = ServiceFixture.http("POST", base + "/prisoners/G5555GG/prisoner-balance/repair?dryRun=true")
                .body();
        assertThat(dry).contains("PLANNED").contains("2101=25.00");
        assertThat(finance.dps().prisonerBalances("G5555GG")).isEmpty();
        assertThat(ServiceFixture.http("POST", base + "/reconciliations/runs/" + runId + "/repair?dryRun=false")
                .body()).contains("REPAIRED");
        assertThat(ServiceFixture.http("POST", base + run).body()).contains("\"mismatchCount\":0");

        var refused = ServiceFixture.http("POST", base + "/prisoners/G5555GG/prisoner-balance/repair?dryRun=yes");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("org.prisonsync");
        assertThat(ServiceFixture.http("POST", base + "/prisoners/G55%2FGG/prisoner-balance/repair?dryRun=true")
                .statusCode()).isEqualTo(400);
        assertThat(ServiceFixture.http("POST", base + "/prisoners/Z9999ZZ/prisoner-balance/repair?dryRun=false")
                .statusCode()).isEqualTo(404);
    }

    /** Every queue drained and no window open: no late call can still come. */
    private static void awaitSettled() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!(first.core().queueAdmin().status().stream()
                .allMatch(q -> q.messagesOnQueue() == 0 && q.messagesInFlight() == 0)
                && first.core().domain(FinanceDomain.class).pendingWindows(1).isEmpty())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not settled: queues " + first.core().queueAdmin().status().stream()
                        .filter(q -> q.messagesOnQueue() + q.messagesInFlight() > 0).toList() + ", windows "
                        + first.core().domain(FinanceDomain.class).pendingWindows(10));
            }
            sleep(Duration.ofMillis(200));
        }
        // no window open and no message waiting or in flight: nothing is left that could make another call
        sleep(Duration.ofSeconds(1));
    }

    private static List<String> dlqReasons() {
        return first.core().queueAdmin().readDlq(queue.dlqName(), 10).messages().stream()
                .map(org.prisonsync.core.queue.DlqMessage::failureReason).toList();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
