package org.prisonsync.simulator.finance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.prisonsync.core.finance.OffenderTransactionSync;
import org.prisonsync.core.finance.PrisonerAccount;
import org.prisonsync.core.finance.PrisonerBalance;
import org.prisonsync.core.finance.SubAccounts;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;

/**
 * Finance's control routes: a NOMIS user's transaction of many rows written over a spread of time (one event per
 * row), what DPS received for a transaction, and a prisoner's balance on either side.
 */
final class FinanceControlRoutes {
    private static final long MAX_SPREAD_MILLIS = 60_000;
    private static final java.math.BigDecimal MAX_BALANCE = new java.math.BigDecimal("1000000");

    private final FinanceSimulation simulation;
    private final ObjectMapper mapper;

    FinanceControlRoutes(FinanceSimulation simulation, ObjectMapper mapper) {
        this.simulation = simulation;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/nomis/transactions", this::writeTransaction);
        routes.get("/simulator/dps/finance/transactions/{transactionId}", this::received);
        routes.post("/simulator/nomis/prisoner-balances", this::openNomisAccount);
        routes.post("/simulator/dps/prisoner-balances", this::setDpsBalance);
    }

    /**
     * {@code {"rootOffenderId","prisonNumber","prisonId","accountCode","balance"}}: NOMIS gains a prisoner account
     * holding {@code balance} before any transaction (a migrated opening balance); 204. No event: NOMIS raises none.
     */
    void openNomisAccount(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("rootOffenderId", "prisonNumber", "prisonId", "accountCode", "balance");
        Account account = account(body);
        long rootOffenderId = body.optionalLong("rootOffenderId").filter(id -> id > 0)
                .orElseThrow(() -> ApiError.badRequest("rootOffenderId is required and positive"));
        simulation.nomis().openAccount(rootOffenderId, account.prisonNumber(), account.prisonId(),
                account.accountCode(), account.balance());
        ctx.status(204);
    }

    /**
     * {@code {"prisonNumber","prisonId","accountCode","balance","transactionId"}}: DPS holds {@code balance} for the
     * prisoner's account as of NOMIS transaction {@code transactionId} (0: before all), replacing what it held for the
     * prisoner, as a balance migration does; a planted difference for the prisoner-balance reconciliation. 204.
     */
    void setDpsBalance(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("prisonNumber", "prisonId", "accountCode", "balance", "transactionId");
        Account account = account(body);
        long transactionId = body.optionalLong("transactionId").orElse(0L);
        if (transactionId < 0) {
            throw ApiError.badRequest("transactionId is 0 or more");
        }
        simulation.dps().migratePrisonerBalance(new PrisonerBalance(0, account.prisonNumber(), List.of(
                new PrisonerAccount(account.prisonId(), transactionId, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC),
                        account.accountCode(), account.balance(), java.math.BigDecimal.ZERO))));
        ctx.status(204);
    }

    private static Account account(JsonBody body) {
        String prisonNumber = body.requiredText("prisonNumber");
        String prisonId = body.requiredText("prisonId");
        long accountCode = body.optionalLong("accountCode")
                .orElseThrow(() -> ApiError.badRequest("accountCode is required"));
        java.math.BigDecimal balance = body.requiredDecimal("balance");
        if (!Params.isPrisonerNumber(prisonNumber) || !prisonId.matches("[A-Z0-9]{1,6}")
                || SubAccounts.ACCOUNT_CODES_HELD.stream().noneMatch(c -> c == accountCode)
                || balance.abs().compareTo(MAX_BALANCE) > 0 || balance.scale() > 2) {
            throw ApiError.badRequest("prisonNumber is a prisoner number, prisonId 1 to 6 capital letters or digits, "
                    + "accountCode one of " + SubAccounts.ACCOUNT_CODES_HELD + " and balance at most "
                    + MAX_BALANCE.toPlainString() + " either way, in pence");
        }
        return new Account(prisonNumber, prisonId, accountCode, balance);
    }

    private record Account(String prisonNumber, String prisonId, long accountCode, java.math.BigDecimal balance) {
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
