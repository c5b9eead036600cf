package org.prisonsync.simulator.finance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * Finance's control routes: a NOMIS user's transaction of many rows written over a spread of time (one event per
 * row), and what DPS received for a transaction.
 */
final class FinanceControlRoutes {
    private static final long MAX_SPREAD_MILLIS = 60_000;

    private final FinanceSimulation simulation;
    private final ObjectMapper mapper;

    FinanceControlRoutes(FinanceSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/nomis/transactions", this::writeTransaction);
        routes.get("/simulator/dps/finance/transactions/{transactionId}", this::received);
    }

    /**
     * {@code {"offenderNo","bookingId","caseload","rows","spreadMillis"}}: answers 202 with the new
     * {@code transactionId} at once; the rows are written (each then announced) over {@code spreadMillis}.
     */
    void writeTransaction(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("offenderNo", "bookingId", "caseload", "rows", "spreadMillis");
        String offenderNo = body.requiredText("offenderNo");
        if (!Params.isPrisonerNumber(offenderNo)) {
            throw ApiError.badRequest("offenderNo must be a prisoner number");
        }
        long bookingId = body.optionalLong("bookingId").orElseThrow(() -> ApiError.badRequest("bookingId is required"));
        String caseload = body.optionalText("caseload").orElse("MDI");
        if (!caseload.matches("[A-Z0-9]{1,6}")) {
            throw ApiError.badRequest("caseload must be 1 to 6 capital letters or digits");
        }
        int rows = body.optionalInt("rows").orElse(1);
        long spread = body.optionalLong("spreadMillis").orElse(0L);
        if (bookingId < 1 || rows < 1 || rows > FinanceSimulation.MAX_ROWS || spread < 0
                || spread > MAX_SPREAD_MILLIS) {
            throw ApiError.badRequest("bookingId is positive, rows 1 to " + FinanceSimulation.MAX_ROWS
                    + ", spreadMillis 0 to " + MAX_SPREAD_MILLIS);
        }
        long transactionId = simulation.writeTransaction(offenderNo, bookingId, caseload, rows,
                Duration.ofMillis(spread));
        ctx.status(202).json(Map.of("transactionId", transactionId));
    }

    /** Every sync call DPS received for the transaction: its request id and row count, in order. */
    void received(Context ctx) {
        long transactionId = Params.positiveLong(ctx, "transactionId");
        List<OffenderTransactionSync> calls = simulation.dps().callsFor(transactionId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transactionId", transactionId);
        body.put("calls", calls.stream().map(c -> Map.of("requestId", c.requestId().toString(),
                "rows", c.offenderTransactions().size())).toList());
        ctx.json(body);
    }
}
