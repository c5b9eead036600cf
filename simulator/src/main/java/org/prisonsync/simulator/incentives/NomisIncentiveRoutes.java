package org.prisonsync.simulator.incentives;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * The NOMIS prisoner API's incentive routes at their real paths, guarded by auth and faults: create an IEP on the
 * prisoner's latest booking, read the current IEP or one by sequence, and the incentive reference data (global level
 * codes and per-prison levels). NOMIS has no route that deletes an IEP.
 */
final class NomisIncentiveRoutes {
    static final String CREATE = "POST /prisoners/{prisonNumber}/incentives";
    static final String CURRENT = "GET /incentives/booking-id/{bookingId}/current";
    static final String BY_SEQUENCE = "GET /incentives/booking-id/{bookingId}/incentive-sequence/{incentiveSequence}";
    static final String GET_CODE = "GET /incentives/reference-codes/{code}";
    static final String UPDATE_CODE = "PUT /incentives/reference-codes/{code}";
    static final String CREATE_CODE = "POST /incentives/reference-codes";
    static final String REORDER = "POST /incentives/reference-codes/reorder";
    static final String GET_PRISON_LEVEL = "GET /incentives/prison/{prison}/code/{code}";
    static final String UPDATE_PRISON_LEVEL = "PUT /incentives/prison/{prison}/code/{code}";
    static final String CREATE_PRISON_LEVEL = "POST /incentives/prison/{prison}";
    static final List<String> FAULTABLE = List.of(CREATE, CURRENT, BY_SEQUENCE, GET_CODE, UPDATE_CODE, CREATE_CODE,
            REORDER, GET_PRISON_LEVEL, UPDATE_PRISON_LEVEL, CREATE_PRISON_LEVEL);
    private static final String[] ALLOWANCES = {"visitOrderAllowance", "privilegedVisitOrderAllowance",
        "remandTransferLimitInPence", "remandSpendLimitInPence", "convictedTransferLimitInPence",
        "convictedSpendLimitInPence"};

    private final NomisIncentives nomis;
    private final PrisonersSimulation prisoners;
    private final ObjectMapper mapper;

    NomisIncentiveRoutes(NomisIncentives nomis, PrisonersSimulation prisoners, ObjectMapper mapper) {
        this.nomis = nomis;
        this.prisoners = prisoners;
        this.mapper = mapper;
    }

    void register(RoutesConfig routes, Guard guard) {
        routes.post("/prisoners/{prisonNumber}/incentives", guard.route(CREATE, this::create));
        routes.get("/incentives/booking-id/{bookingId}/current", guard.route(CURRENT, this::current));
        routes.get("/incentives/booking-id/{bookingId}/incentive-sequence/{incentiveSequence}",
                guard.route(BY_SEQUENCE, this::bySequence));
        routes.post("/incentives/reference-codes/reorder", guard.route(REORDER, this::reorder));
        routes.post("/incentives/reference-codes", guard.route(CREATE_CODE, this::createCode));
        routes.get("/incentives/reference-codes/{code}", guard.route(GET_CODE, this::getCode));
        routes.put("/incentives/reference-codes/{code}", guard.route(UPDATE_CODE, this::updateCode));
        routes.get("/incentives/prison/{prison}/code/{code}", guard.route(GET_PRISON_LEVEL, this::getPrisonLevel));
        routes.put("/incentives/prison/{prison}/code/{code}", guard.route(UPDATE_PRISON_LEVEL,
                this::updatePrisonLevel));
        routes.post("/incentives/prison/{prison}", guard.route(CREATE_PRISON_LEVEL, this::createPrisonLevel));
    }

    /** {@code CreateIncentiveRequest} on the prisoner's latest booking; 404 when the prisoner has none. */
    void create(Context ctx) {
        String prisonNumber = Params.prisonerNumber(ctx, "prisonNumber");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("iepLevel", "comments", "iepDateTime", "prisonId", "userId");
        String level = body.requiredNonBlank("iepLevel");
        LocalDateTime at = body.requiredDateTime("iepDateTime");
        String prisonId = body.requiredNonBlank("prisonId");
        if (nomis.code(level).isEmpty()) {
            throw ApiError.badRequest("iepLevel " + level + " is not an incentive level");
        }
        long booking = prisoners.currentBooking(prisonNumber)
                .orElseThrow(() -> ApiError.notFound("Prisoner " + prisonNumber + " has no booking"));
        NomisIep iep = nomis.create(booking, prisonNumber, level, at, prisonId,
                body.optionalText("comments").orElse(null), body.optionalText("userId").orElse(null),
                NomisIncentives.SYNCHRONISATION);
        ctx.status(201).json(Map.of("bookingId", iep.bookingId(), "sequence", iep.sequence()));
    }

    void current(Context ctx) {
        long booking = Params.positiveLong(ctx, "bookingId");
        NomisIep iep = nomis.current(booking)
                .orElseThrow(() -> ApiError.notFound("No current incentive for booking " + booking));
        ctx.json(wire(iep, true));
    }

    void bySequence(Context ctx) {
        long booking = Params.positiveLong(ctx, "bookingId");
        long sequence = Params.positiveLong(ctx, "incentiveSequence");
        NomisIep iep = nomis.iep(booking, sequence).orElseThrow(() -> ApiError.notFound(
                "No incentive " + sequence + " on booking " + booking));
        boolean current = nomis.current(booking).map(c -> c.sequence() == sequence).orElse(false);
        ctx.json(wire(iep, current));
    }

    void getCode(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(IncentiveWire.referenceCode(nomis.code(code).orElseThrow(() -> unknownCode(code))));
    }

    /** {@code UpdateGlobalIncentiveRequest}. */
    void updateCode(Context ctx) {
        String code = ctx.pathParam("code");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("description", "active");
        ctx.json(IncentiveWire.referenceCode(nomis.updateCode(code, body.requiredNonBlank("description"),
                body.requiredBoolean("active")).orElseThrow(() -> unknownCode(code))));
    }

    /** {@code CreateGlobalIncentiveRequest}; 409 when the code exists. */
    void createCode(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("code", "description", "active");
        String code = body.requiredNonBlank("code");
        if (!nomis.createCode(code, body.requiredNonBlank("description"), body.requiredBoolean("active"))) {
            throw ApiError.conflict("Incentive level exists", "incentive level code " + code + " exists", null);
        }
        ctx.status(201).json(IncentiveWire.referenceCode(nomis.code(code).orElseThrow()));
    }

    /** {@code ReorderRequest}: the codes in their new order. */
    void reorder(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("codeList");
        nomis.reorder(body.requiredTexts("codeList")); // an unknown code: IllegalArgumentException, 400
        ctx.status(200);
    }

    void getPrisonLevel(Context ctx) {
        String prison = ctx.pathParam("prison");
        String code = ctx.pathParam("code");
        ctx.json(IncentiveWire.nomisPrisonLevel(nomis.prisonLevel(prison, code)
                .orElseThrow(() -> unknownPrisonLevel(prison, code))));
    }

    /** {@code UpdatePrisonIncentiveRequest}; 404 when the prison does not have the level. */
    void updatePrisonLevel(Context ctx) {
        String prison = ctx.pathParam("prison");
        String code = ctx.pathParam("code");
        if (nomis.prisonLevel(prison, code).isEmpty()) {
            throw unknownPrisonLevel(prison, code);
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(withAllowances("active", "defaultOnAdmission"));
        PrisonLevel level = prisonLevel(prison, code, body);
        nomis.putPrisonLevel(level);
        ctx.json(IncentiveWire.nomisPrisonLevel(level));
    }

    /** {@code CreatePrisonIncentiveRequest}; 409 when the prison has the level already. */
    void createPrisonLevel(Context ctx) {
        String prison = ctx.pathParam("prison");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly(withAllowances("levelCode", "active", "defaultOnAdmission"));
        String code = body.requiredNonBlank("levelCode");
        if (nomis.code(code).isEmpty()) {
            throw ApiError.badRequest("levelCode " + code + " is not an incentive level");
        }
        if (nomis.prisonLevel(prison, code).isPresent()) {
            throw ApiError.conflict("Prison incentive level exists", prison + " has level " + code, null);
        }
        PrisonLevel level = prisonLevel(prison, code, body);
        nomis.putPrisonLevel(level);
        ctx.status(201).json(IncentiveWire.nomisPrisonLevel(level));
    }

    private Map<String, Object> wire(NomisIep iep, boolean current) {
        String description = nomis.code(iep.levelCode()).map(NomisLevelCode::description).orElse(iep.levelCode());
        return IncentiveWire.iep(iep, current, description);
    }

    private static PrisonLevel prisonLevel(String prison, String code, JsonBody body) {
        return new PrisonLevel(prison, code, body.requiredBoolean("active"), body.requiredBoolean("defaultOnAdmission"),
                body.optionalInt("visitOrderAllowance").orElse(null),
                body.optionalInt("privilegedVisitOrderAllowance").orElse(null),
                body.optionalInt("remandTransferLimitInPence").orElse(null),
                body.optionalInt("remandSpendLimitInPence").orElse(null),
                body.optionalInt("convictedTransferLimitInPence").orElse(null),
                body.optionalInt("convictedSpendLimitInPence").orElse(null));
    }

    private static String[] withAllowances(String... fields) {
        String[] all = new String[fields.length + ALLOWANCES.length];
        System.arraycopy(fields, 0, all, 0, fields.length);
        System.arraycopy(ALLOWANCES, 0, all, fields.length, ALLOWANCES.length);
        return all;
    }

    private static ApiError unknownCode(String code) {
        return ApiError.notFound("No incentive level code " + code);
    }

    private static ApiError unknownPrisonLevel(String prison, String code) {
        return ApiError.notFound("Prison " + prison + " has no incentive level " + code);
    }
}
