package org.prisonsync.simulator.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.PrisonerAccount;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.core.finance.SyncReceipt;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;

/**
 * The real systems' finance routes at their real paths: NOMIS's {@code GET /transactions/{transactionId}} (404 for a
 * transaction it does not hold, as NOMIS answers) and {@code …/general-ledger}, and the DPS finance API's
 * {@code POST /sync/offender-transactions}, whose body is read strictly (an unknown field, a row of another
 * transaction or no rows at all is a 400); NOMIS's prisoner balance reads under {@code /finance/prisoners}, and the
 * DPS balance report and balance migration as modelled ({@code /reconcile|migrate/prisoner-balances/{n}}).
 */
final class FinanceRoutes {
    private final FinanceSimulation simulation;
    private final ObjectReader syncReader;
    private final ObjectMapper mapper;

    FinanceRoutes(FinanceSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
        this.syncReader = mapper.readerFor(OffenderTransactionSync.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    RouteTable nomisTable() {
        return RouteTable.builder()
                .listOrNotFound("/transactions/{transactionId}", ctx -> Params.positiveLong(ctx, "transactionId"),
                        simulation.nomis()::offenderTransaction, rows -> rows,
                        id -> "Transaction " + id + " not found")
                .hook(RouteTable.Method.GET, "/transactions/from/{transactionId}", ctx -> {
                    long from = Params.positiveLong(ctx, "transactionId");
                    int size = Params.intQuery(ctx, "size", 20);
                    String date = ctx.queryParam("entryDate");
                    if (size < 1 || size > 10_000 || date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        throw ApiError.badRequest("entryDate (yyyy-MM-dd) is required and size is 1 to 10000");
                    }
                    java.time.LocalDate entryDate;
                    try {
                        entryDate = java.time.LocalDate.parse(date);
                    } catch (java.time.format.DateTimeParseException e) {
                        throw ApiError.badRequest("entryDate is not a date: " + date);
                    }
                    ctx.json(Map.of("ids", simulation.nomis().transactionIds(entryDate, from, size).stream()
                            .map(id -> Map.of("transactionId", id)).toList()));
                })
                .listOrNotFound("/transactions/{transactionId}/general-ledger",
                        ctx -> Params.positiveLong(ctx, "transactionId"), simulation.nomis()::generalLedger,
                        rows -> rows, id -> "Transaction " + id + " not found")
                .hook(RouteTable.Method.GET, "/finance/prisoners/ids/all-from-id", ctx -> {
                    String from = ctx.queryParam("rootOffenderId");
                    long after = from == null || from.isBlank() ? 0 : org.prisonsync.core.message.Ids.parseLong(from)
                            .orElseThrow(() -> ApiError.badRequest("rootOffenderId must be a number in ASCII digits"));
                    int size = Params.intQuery(ctx, "pageSize", 10);
                    if (after < 0 || size < 1 || size > 10_000) {
                        throw ApiError.badRequest("rootOffenderId is 0 or more and pageSize 1 to 10000");
                    }
                    List<Long> ids = simulation.nomis().prisonerIdsWithBalance(after, size);
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("rootOffenderIds", ids);
                    page.put("lastOffenderId", ids.isEmpty() ? 0 : ids.get(ids.size() - 1));
                    ctx.json(page);
                })
                .find("/finance/prisoners/rootOffenderId/{rootOffenderId}/balance/reconcile",
                        ctx -> Params.positiveLong(ctx, "rootOffenderId"),
                        id -> simulation.nomis().prisonerAccounts(id), held -> held,
                        id -> "Prisoner with rootOffenderId " + id + " not found")
                .find("/finance/prisoners/{prisonNumber}/balance/reconcile",
                        ctx -> Params.prisonerNumber(ctx, "prisonNumber"),
                        number -> simulation.nomis().prisonerAccounts(number), held -> held,
                        number -> "Prisoner " + number + " not found")
                .find("/finance/prisoners/rootOffenderId/{rootOffenderId}/balance",
                        ctx -> Params.positiveLong(ctx, "rootOffenderId"), simulation.nomis()::prisonerBalance,
                        held -> held, id -> "Prisoner with rootOffenderId " + id + " not found")
                .build();
    }

    RouteTable dpsTable() {
        return RouteTable.builder()
                .find("/sync/offender-transactions/{synchronizedTransactionId}",
                        ctx -> ctx.pathParam("synchronizedTransactionId"), simulation.dps()::find, held -> held,
                        id -> "Transaction " + id + " not found")
                .hook(RouteTable.Method.GET, "/reconcile/prisoner-balances/{prisonNumber}", ctx -> {
                    String prisonNumber = Params.prisonerNumber(ctx, "prisonNumber");
                    ctx.json(Map.of("items", simulation.dps().prisonerBalances(prisonNumber).stream()
                            .map(b -> Map.of("accountCode", b.accountCode(), "totalBalance", b.balance(),
                                    "holdBalance", java.math.BigDecimal.ZERO)).toList()));
                })
                .hook(RouteTable.Method.POST, "/migrate/prisoner-balances/{prisonNumber}", ctx -> {
                    String prisonNumber = Params.prisonerNumber(ctx, "prisonNumber");
                    simulation.dps().migratePrisonerBalance(readBalance(prisonNumber, ctx.body()));
                    ctx.status(201);
                })
                .hook(RouteTable.Method.POST, "/sync/offender-transactions", ctx -> {
                    OffenderTransactionSync sync = read(ctx.body());
                    SyncReceipt receipt = simulation.dps().syncOffenderTransaction(sync);
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("requestId", sync.requestId().toString());
                    body.put("synchronizedTransactionId", receipt.synchronizedTransactionId());
                    body.put("action", receipt.action().name());
                    ctx.status(receipt.action() == SyncReceipt.Action.CREATED ? 201 : 200).json(body);
                })
                .build();
    }

    /** {@code {"accountBalances":[{prisonId, accountCode, balance, holdBalance, transactionId, asOfTimestamp}]}}. */
    private PrisonerBalance readBalance(String prisonNumber, String body) {
        List<PrisonerAccount> accounts = new ArrayList<>();
        for (JsonBody account : JsonBody.parse(body, mapper).allowOnly("accountBalances")
                .requiredObjects("accountBalances")) {
            account.allowOnly("prisonId", "accountCode", "balance", "holdBalance", "transactionId", "asOfTimestamp");
            String prisonId = account.requiredText("prisonId");
            long accountCode = account.optionalLong("accountCode")
                    .orElseThrow(() -> ApiError.badRequest("accountCode is required"));
            long transactionId = account.optionalLong("transactionId").orElse(0L);
            if (!prisonId.matches("[A-Z0-9]{1,6}") || accountCode < 1 || transactionId < 0) {
                throw ApiError.badRequest("an account needs a prison id, a positive accountCode and a transactionId "
                        + "of 0 or more");
            }
            accounts.add(new PrisonerAccount(prisonId, transactionId, account.requiredDateTime("asOfTimestamp"),
                    accountCode, account.requiredDecimal("balance"), account.requiredDecimal("holdBalance")));
        }
        return new PrisonerBalance(0, prisonNumber, accounts);
    }

    private OffenderTransactionSync read(String body) {
        OffenderTransactionSync sync;
        try {
            sync = syncReader.readValue(body);
        } catch (JsonProcessingException | RuntimeException e) {
            throw ApiError.badRequest("unreadable transaction: " + firstLine(e.getMessage()));
        }
        if (sync == null || sync.transactionId() <= 0 || sync.offenderTransactions().isEmpty()) {
            throw ApiError.badRequest("a transaction needs a positive transactionId and at least one row");
        }
        for (OffenderTransactionEntry row : sync.offenderTransactions()) {
            if (row.transactionId() != sync.transactionId() || row.offenderNo() == null
                    || !Params.isPrisonerNumber(row.offenderNo())) {
                throw ApiError.badRequest("row " + row.transactionEntrySequence() + " is not a prisoner row of "
                        + "transaction " + sync.transactionId());
            }
        }
        return sync;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Jackson names the target class; the answer is about the request, not our classes
        return line.replaceAll("[a-z]+(\\.[a-z]+)+\\.[A-Z][A-Za-z$]*", "a transaction");
    }
}
