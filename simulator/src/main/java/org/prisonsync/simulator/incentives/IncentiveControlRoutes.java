package org.prisonsync.simulator.incentives;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDateTime;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.JsonBody;
import org.prisonsync.simulator.Params;
import org.prisonsync.simulator.prisoners.PrisonersSimulation;

/**
 * The incentives part of the control API ({@code /simulator/dps/...incentive...}, {@code /simulator/nomis/...},
 * {@code /simulator/incentives/generate}, in {@code simulator-control.yaml}): a DPS user's review and level changes
 * (each publishing its event), a NOMIS officer's IEP, listings and the reconciliation generator. Never faulted, never
 * behind auth.
 */
final class IncentiveControlRoutes {
    private static final String[] ALLOWANCES = {"visitOrders", "privilegedVisitOrders", "remandTransferLimitInPence",
        "remandSpendLimitInPence", "convictedTransferLimitInPence", "convictedSpendLimitInPence"};

    private final DpsIncentives dps;
    private final NomisIncentives nomis;
    private final PrisonersSimulation prisoners;
    private final IncentiveGenerator generator;
    private final ObjectMapper mapper;
    private final Clock clock;

    IncentiveControlRoutes(DpsIncentives dps, NomisIncentives nomis, PrisonersSimulation prisoners,
                           IncentiveGenerator generator, ObjectMapper mapper, Clock clock) {
        this.dps = dps;
        this.nomis = nomis;
        this.prisoners = prisoners;
        this.generator = generator;
        this.mapper = mapper;
        this.clock = clock;
    }

    void register(RoutesConfig routes) {
        routes.post("/simulator/dps/prisoners/{prisonerNumber}/incentive-reviews", this::createReview);
        routes.get("/simulator/dps/prisoners/{prisonerNumber}/incentive-reviews", this::listReviews);
        routes.post("/simulator/dps/incentive-levels/reorder", this::reorderLevels);
        routes.put("/simulator/dps/incentive-levels/{code}", this::putLevel);
        routes.put("/simulator/dps/prison-incentive-levels/{prisonId}/{levelCode}", this::putPrisonLevel);
        routes.post("/simulator/nomis/prisoners/{prisonerNumber}/incentives", this::createNomisIep);
        routes.get("/simulator/nomis/bookings/{bookingId}/incentives", this::listNomisIeps);
        routes.post("/simulator/incentives/generate", this::generate);
    }

    /**
     * A DPS user's review on the prisoner's current booking (404 without one); {@code incentives.iep-review.inserted}
     * follows with {@code reason} ({@value DpsIncentives#USER_CREATED_DPS} unless given).
     */
    void createReview(Context ctx) {
        String prisoner = Params.prisonerNumber(ctx, "prisonerNumber");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("iepCode", "iepTime", "agencyId", "comments", "userId", "reason");
        String code = body.requiredNonBlank("iepCode");
        if (dps.level(code).isEmpty()) {
            throw ApiError.badRequest("iepCode " + code + " is not an incentive level");
        }
        long booking = prisoners.requireCurrentBooking(prisoner);
        DpsReview review = dps.createReview(prisoner, booking, code,
                body.optionalDateTime("iepTime").orElseGet(() -> LocalDateTime.now(clock).withNano(0)),
                body.optionalText("agencyId").orElse(IncentiveGenerator.PRISONS.get(0)),
                body.optionalText("comments").orElse(null),
                body.optionalText("userId").orElse(Params.DEFAULT_OFFICER),
                body.optionalText("reason").orElse(DpsIncentives.USER_CREATED_DPS));
        ctx.status(201).json(IncentiveWire.reviewDetail(review));
    }

    void listReviews(Context ctx) {
        String prisoner = Params.prisonerNumber(ctx, "prisonerNumber");
        ctx.json(dps.reviewsOf(prisoner).stream().map(IncentiveWire::reviewDetail).toList());
    }

    /** Creates or changes a global level; {@code incentives.level.changed} follows. */
    void putLevel(Context ctx) {
        String code = ctx.pathParam("code");
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("name", "active", "required");
        IncentiveLevel current = dps.level(code).orElse(null);
        String name = current == null ? body.requiredNonBlank("name")
                : body.optionalText("name").orElse(current.name());
        IncentiveLevel level = new IncentiveLevel(code, name,
                body.optionalBoolean("active").orElse(current == null || current.active()),
                body.optionalBoolean("required").orElse(current != null && current.required()));
        ctx.json(IncentiveWire.level(dps.putLevel(level)));
    }

    /** {@code {"codes":[...]}}, every level once; {@code incentives.levels.reordered} follows. */
    void reorderLevels(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("codes");
        dps.reorder(body.requiredTexts("codes")); // a list that is not every level once: 400
        ctx.json(dps.levels(true).stream().map(IncentiveWire::level).toList());
    }

    /** Creates or changes a level's settings in a prison; {@code incentives.prison-level.changed} follows. */
    void putPrisonLevel(Context ctx) {
        String prison = ctx.pathParam("prisonId");
        String code = ctx.pathParam("levelCode");
        String[] fields = new String[ALLOWANCES.length + 2];
        fields[0] = "active";
        fields[1] = "defaultOnAdmission";
        System.arraycopy(ALLOWANCES, 0, fields, 2, ALLOWANCES.length);
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly(fields);
        PrisonLevel level = dps.putPrisonLevel(new PrisonLevel(prison, code,
                body.optionalBoolean("active").orElse(true), body.optionalBoolean("defaultOnAdmission").orElse(false),
                body.optionalInt("visitOrders").orElse(null), body.optionalInt("privilegedVisitOrders").orElse(null),
                body.optionalInt("remandTransferLimitInPence").orElse(null),
                body.optionalInt("remandSpendLimitInPence").orElse(null),
                body.optionalInt("convictedTransferLimitInPence").orElse(null),
                body.optionalInt("convictedSpendLimitInPence").orElse(null)));
        ctx.json(IncentiveWire.dpsPrisonLevel(level, dps.level(code).orElseThrow().name()));
    }

    /** A NOMIS officer's IEP on the prisoner's current booking (audit module {@code OIDOIEPS} unless given). */
    void createNomisIep(Context ctx) {
        String prisoner = Params.prisonerNumber(ctx, "prisonerNumber");
        JsonBody body = JsonBody.parse(ctx.body(), mapper)
                .allowOnly("iepLevel", "iepDateTime", "prisonId", "comments", "userId", "auditModule");
        String level = body.requiredNonBlank("iepLevel");
        if (nomis.code(level).isEmpty()) {
            throw ApiError.badRequest("iepLevel " + level + " is not an incentive level");
        }
        long booking = prisoners.requireCurrentBooking(prisoner);
        NomisIep iep = nomis.create(booking, prisoner, level,
                body.optionalDateTime("iepDateTime").orElseGet(() -> LocalDateTime.now(clock).withNano(0)),
                body.optionalText("prisonId").orElse(IncentiveGenerator.PRISONS.get(0)),
                body.optionalText("comments").orElse(null),
                body.optionalText("userId").orElse(Params.DEFAULT_OFFICER),
                body.optionalText("auditModule").orElse(NomisIncentives.MANUAL_SCREEN));
        boolean current = nomis.current(booking).map(c -> c.sequence() == iep.sequence()).orElse(false);
        ctx.status(201).json(IncentiveWire.iep(iep, current, nomis.code(level).orElseThrow().description()));
    }

    void listNomisIeps(Context ctx) {
        long booking = Params.positiveLong(ctx, "bookingId");
        var ieps = nomis.ieps(booking);
        ctx.json(ieps.stream().map(i -> IncentiveWire.iep(i, i == ieps.get(0),
                nomis.code(i.levelCode()).map(NomisLevelCode::description).orElse(i.levelCode()))).toList());
    }

    /** {@code {"count":N,"seed":S,"mismatches":M}}: see {@link IncentiveGenerator}. */
    void generate(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body(), mapper).allowOnly("count", "seed", "mismatches");
        int count = body.optionalInt("count").orElseThrow(() -> ApiError.badRequest("count is required"));
        long seed = body.optionalLong("seed").orElse(1L);
        int mismatches = body.optionalInt("mismatches").orElse(0);
        ctx.status(201).json(generator.generate(count, seed, mismatches));
    }
}
