package org.prisonsync.simulator.finance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.prisonsync.core.finance.OffenderTransactionEntry;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.SyncReceipt;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.store.RouteTable;

/**
 * The real systems' finance routes at their real paths: NOMIS's {@code GET /transactions/{transactionId}} (404 for a
 * transaction it does not hold, as NOMIS answers) and {@code …/general-ledger}, and the DPS finance API's
 * {@code POST /sync/offender-transactions}, whose body is read strictly (an unknown field, a row of another
 * transaction or no rows at all is a 400).
 */
final class FinanceRoutes {
    private final FinanceSimulation simulation;
    private final ObjectReader syncReader;

    FinanceRoutes(FinanceSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
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
                .build();
    }

    RouteTable dpsTable() {
        return RouteTable.builder()
                .find("/sync/offender-transactions/{synchronizedTransactionId}",
                        ctx -> ctx.pathParam("synchronizedTransactionId"), simulation.dps()::find, held -> held,
                        id -> "Transaction " + id + " not found")
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
