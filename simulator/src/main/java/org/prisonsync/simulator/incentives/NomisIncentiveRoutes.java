package org.prisonsync.simulator.incentives;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.LocalDateTime;
import java.util.Map;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;
import org.prisonsync.simulator.store.RouteTable;
import org.prisonsync.simulator.store.RouteTable.Method;

/**
 * The NOMIS prisoner API's incentive routes at their real paths, as a table over {@link NomisIncentives}: create an
 * IEP on the prisoner's latest booking (a hook's work: the booking is the prisoners domain's latest), read the current
 * IEP or one by sequence, and the incentive reference data (global level codes and per-prison levels). NOMIS has no route that deletes an IEP.
 */
final class NomisIncentiveRoutes {
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

    RouteTable table() {
        return RouteTable.builder()
                .create("/prisoners/{prisonNumber}/incentives", this::create,
                        iep -> Map.of("bookingId", iep.bookingId(), "sequence", iep.sequence()), RouteTable.noEvent())
                .find("/incentives/booking-id/{bookingId}/current", ctx -> Params.positiveLong(ctx, "bookingId"),
                        nomis::current, iep -> wire(iep, true),
                        booking -> "No current incentive for booking " + booking)
                .find("/incentives/booking-id/{bookingId}/incentive-sequence/{incentiveSequence}",
                        ctx -> new NomisIep.Key(Params.positiveLong(ctx, "bookingId"),
                                Params.positiveLong(ctx, "incentiveSequence")),
                        key -> nomis.iep(key.bookingId(), key.sequence()), this::wire,
                        key -> "No incentive " + key.sequence() + " on booking " + key.bookingId())
                .hook(Method.POST, "/incentives/reference-codes/reorder", this::reorder)
                .create("/incentives/reference-codes", this::createCode, IncentiveWire::referenceCode,
                        RouteTable.noEvent())
                .find("/incentives/reference-codes/{code}", ctx -> ctx.pathParam("code"), nomis::code,
                        IncentiveWire::referenceCode, NomisIncentiveRoutes::unknownCode)
                .update(Method.PUT, "/incentives/reference-codes/{code}", this::updateCode,
                        IncentiveWire::referenceCode, RouteTable.noEvent())
                .find("/incentives/prison/{prison}/code/{code}",
                        ctx -> new PrisonLevel.Key(ctx.pathParam("prison"), ctx.pathParam("code")),
                        key -> nomis.prisonLevel(key.prisonId(), key.levelCode()), IncentiveWire::nomisPrisonLevel,
                        key -> unknownPrisonLevel(key.prisonId(), key.levelCode()))
                .update(Method.PUT, "/incentives/prison/{prison}/code/{code}", this::updatePrisonLevel,
                        IncentiveWire::nomisPrisonLevel, RouteTable.noEvent())
                .create("/incentives/prison/{prison}", this::createPrisonLevel, IncentiveWire::nomisPrisonLevel,
                        RouteTable.noEvent())
                .build();
    }

    /** {@code CreateIncentiveRequest} on the prisoner's latest booking; 404 when the prisoner has none. */
    private NomisIep create(Context ctx) {
        String prisonNumber = Params.prisonerNumber(ctx, "prisonNumber");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("iepLevel", "comments", "iepDateTime", "prisonId", "userId");
        String level = body.requiredNonBlank("iepLevel");
        LocalDateTime at = body.requiredDateTime("iepDateTime");
        String prisonId = body.requiredNonBlank("prisonId");
        if (nomis.code(level).isEmpty()) {
            throw ApiError.badRequest("iepLevel " + level + " is not an incentive level");
        }
        long booking = prisoners.requireCurrentBooking(prisonNumber);
        return nomis.create(booking, prisonNumber, level, at, prisonId,
                body.optionalText("comments").orElse(null), body.optionalText("userId").orElse(null),
                NomisIncentives.SYNCHRONISATION);
    }

    /** {@code UpdateGlobalIncentiveRequest}. */
    private NomisLevelCode updateCode(Context ctx) {
        String code = ctx.pathParam("code");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("description", "active");
        return nomis.updateCode(code, body.requiredNonBlank("description"), body.requiredBoolean("active"))
                .orElseThrow(() -> ApiError.notFound(unknownCode(code)));
    }

    /** {@code CreateGlobalIncentiveRequest}; 409 when the code exists. */
    private NomisLevelCode createCode(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("code", "description", "active");
        String code = body.requiredNonBlank("code");
        if (!nomis.createCode(code, body.requiredNonBlank("description"), body.requiredBoolean("active"))) {
            throw ApiError.conflict("Incentive level exists", "incentive level code " + code + " exists", null);
        }
        return nomis.code(code).orElseThrow();
    }

    /** {@code ReorderRequest}: the codes in their new order. */
    private void reorder(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("codeList");
        nomis.reorder(body.requiredTexts("codeList")); // an unknown code: IllegalArgumentException, 400
        ctx.status(200);
    }

    /** {@code UpdatePrisonIncentiveRequest}; 404 when the prison does not have the level. */
    private PrisonLevel updatePrisonLevel(Context ctx) {
        String prison = ctx.pathParam("prison");
        String code = ctx.pathParam("code");
        if (nomis.prisonLevel(prison, code).isEmpty()) {
            throw ApiError.notFound(unknownPrisonLevel(prison, code));
        }
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(withAllowances("active", "defaultOnAdmission"));
        PrisonLevel level = prisonLevel(prison, code, body);
        nomis.putPrisonLevel(level);
        return level;
    }

    /** {@code CreatePrisonIncentiveRequest}; 409 when the prison has the level already. */
    private PrisonLevel createPrisonLevel(Context ctx) {
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
        return level;
    }

    /** {@code IncentiveResponse}, {@code currentIep} saying whether it is the booking's current IEP. */
    private Map<String, Object> wire(NomisIep iep) {
        return wire(iep, nomis.current(iep.bookingId()).map(c -> c.sequence() == iep.sequence()).orElse(false));
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

    private static String unknownCode(String code) {
        return "No incentive level code " + code;
    }

    private static String unknownPrisonLevel(String prison, String code) {
        return "Prison " + prison + " has no incentive level " + code;
    }
}
