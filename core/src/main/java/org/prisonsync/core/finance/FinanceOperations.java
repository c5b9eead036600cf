package org.prisonsync.core.finance;

import java.util.List;
import java.util.function.Supplier;
import org.prisonsync.core.operation.Answer;
import org.prisonsync.core.operation.Operation;
import org.prisonsync.core.operation.Param;
import org.prisonsync.core.operation.ParamType;
import org.prisonsync.core.operation.TextRenderer;

/** The finance operations both runners serve: upstream's transaction repair and payload, and the open windows. */
public final class FinanceOperations {
    static final String ROLE = "ROLE_PRISONER_FROM_NOMIS__UPDATE__RW";
    private static final int MAX_WINDOWS = 1_000;

    private FinanceOperations() {
    }

    public static List<Operation> all(Supplier<FinanceDomain> domain) {
        Param transaction = Param.path("transactionId", ParamType.LONG, "the NOMIS transaction id")
                .range(1, Long.MAX_VALUE).positional("TRANSACTION_ID");
        return List.of(
                Operation.repair(FinanceRepairs.REPAIR).role(ROLE)
                        .post("/transactions/{transactionId}/repair")
                        .cli("finance", "repair-transaction")
                        .summary("Sends a NOMIS transaction to DPS again, whole, in one call; dry run first.")
                        .description("Upstream's transaction repair. The transaction goes through a settling window "
                                + "of its own like any row event, so it never races the sync into a second "
                                + "concurrent call; it reaches DPS one grace period later. A prison-only (general "
                                + "ledger) transaction is refused: the DPS sync takes prisoner transactions.")
                        .param(transaction)
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().repairTransaction(
                                p.longValue("transactionId"), p.dryRun()))),
                Operation.repair(FinanceRepairs.RESEND_PRISONER).role(ROLE)
                        .post("/prisoners/{offenderNo}/transactions/repair")
                        .cli("finance", "repair-prisoner-transactions")
                        .summary("Sends a prisoner's NOMIS transactions of a date range to DPS again; dry run first.")
                        .description("Each transaction goes through a settling window of its own, as "
                                + "repair-transaction does. At most 31 days: NOMIS serves no transactions by "
                                + "prisoner, so every transaction of each day is read.")
                        .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number")
                                .option("--prisoner"))
                        .param(Param.query("from", ParamType.DATE, "first entry date").mandatory())
                        .param(Param.query("to", ParamType.DATE, "last entry date").mandatory())
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().resendPrisonerTransactions(
                                p.string("offenderNo"), p.date("from"), p.date("to"), p.dryRun()))),
                Operation.repair(FinanceRepairs.REPAIR_BALANCE).role(ROLE)
                        .post("/prisoners/{offenderNo}/prisoner-balance/repair")
                        .cli("finance", "repair-prisoner-balance")
                        .summary("Replaces a prisoner's balances in DPS with NOMIS's; dry run first.")
                        .description("Upstream's prisoner balance repair, for a mismatch of the prisoner-balance "
                                + "reconciliation. Each account goes to DPS per prison as of its last NOMIS "
                                + "transaction, so transactions synced after it are added on top and none counted "
                                + "twice. Nothing is sent when both sides already agree.")
                        .param(Param.path("offenderNo", ParamType.PRISONER_NUMBER, "prisoner number")
                                .positional("PRISONER_NUMBER"))
                        .renderer(TextRenderer.REPAIR)
                        .handler(p -> Answer.of(domain.get().repairs().repairPrisonerBalance(
                                p.string("offenderNo"), p.dryRun()))),
                Operation.query("finance-transaction-payload").role(ROLE)
                        .get("/sync/prisoner-transaction/payload/{transactionId}")
                        .cli("finance", "payload")
                        .summary("Shows what DPS would receive for a NOMIS transaction now (every prisoner row).")
                        .param(transaction)
                        .handler(p -> domain.get().repairs().payload(p.longValue("transactionId"))
                                .<Answer>map(Answer::done)
                                .orElseGet(() -> Answer.notFound("NOMIS has no prisoner rows for transaction "
                                        + p.longValue("transactionId")))),
                Operation.query("finance-windows").role(ROLE)
                        .get("/transactions/windows")
                        .cli("finance", "windows")
                        .summary("Lists the transactions whose settling window is open or syncing, oldest first.")
                        .description("A window older than the grace period plus a minute is stuck: its sync message "
                                + "was dead-lettered (read the finance DLQ) or its instance died; the next row event "
                                + "or a repair-transaction revives it.")
                        .renderer(TextRenderer.withParams((body, p) -> {
                            StringBuilder text = new StringBuilder();
                            List<?> windows = (List<?>) body;
                            text.append(windows.size()).append(" open window(s)");
                            for (Object each : windows) {
                                OpenWindow w = (OpenWindow) each;
                                text.append(System.lineSeparator()).append(String.format(
                                        "  transaction %d window %d %s%s, opened %s", w.transactionId(),
                                        w.generation(), w.state(),
                                        w.rowsArrivedWhileSyncing() ? " (rows arrived meanwhile)" : "",
                                        w.openedAt()));
                            }
                            return text.toString();
                        }))
                        .handler(p -> Answer.done(domain.get().repairs().pendingWindows(MAX_WINDOWS))));
    }
}
