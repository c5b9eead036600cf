package org.prisonsync.simulator.incentives;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.List;
import org.prisonsync.simulator.ApiError;
import org.prisonsync.simulator.Guard;
import org.prisonsync.simulator.Params;

/** The incentives API's read routes prison-sync calls, at their real paths, guarded by auth and faults. */
final class DpsIncentiveRoutes {
    static final String REVIEW = "GET /incentive-reviews/id/{id}";
    static final String PRISONER_REVIEWS = "GET /incentive-reviews/prisoner/{prisonerNumber}";
    static final String LEVELS = "GET /incentive/levels";
    static final String LEVEL = "GET /incentive/levels/{code}";
    static final String PRISON_LEVEL = "GET /incentive/prison-levels/{prisonId}/level/{levelCode}";
    static final List<String> FAULTABLE = List.of(REVIEW, PRISONER_REVIEWS, LEVELS, LEVEL, PRISON_LEVEL);

    private final DpsIncentives dps;
    private final Clock clock;

    DpsIncentiveRoutes(DpsIncentives dps, Clock clock) {
        this.dps = dps;
        this.clock = clock;
    }

    void register(RoutesConfig routes, Guard guard) {
        routes.get("/incentive-reviews/id/{id}", guard.route(REVIEW, this::review));
        routes.get("/incentive-reviews/prisoner/{prisonerNumber}", guard.route(PRISONER_REVIEWS, this::reviewsOf));
        routes.get("/incentive/levels", guard.route(LEVELS, this::levels));
        routes.get("/incentive/levels/{code}", guard.route(LEVEL, this::level));
        routes.get("/incentive/prison-levels/{prisonId}/level/{levelCode}", guard.route(PRISON_LEVEL,
                this::prisonLevel));
    }

    void review(Context ctx) {
        long id = Params.positiveLong(ctx, "id");
        ctx.json(IncentiveWire.reviewDetail(dps.review(id)
                .orElseThrow(() -> ApiError.notFound("No incentive review found for id " + id))));
    }

    /** The summary of the prisoner's current review with every review, current first; 404 without any. */
    void reviewsOf(Context ctx) {
        String prisonerNumber = Params.prisonerNumber(ctx, "prisonerNumber");
        List<DpsReview> reviews = dps.reviewsOf(prisonerNumber);
        if (reviews.isEmpty()) {
            throw ApiError.notFound("No incentive reviews found for " + prisonerNumber);
        }
        ctx.json(IncentiveWire.reviewSummary(reviews, clock));
    }

    void levels(Context ctx) {
        String withInactive = ctx.queryParam("with-inactive");
        boolean all;
        if (withInactive == null || withInactive.equals("false")) {
            all = false;
        } else if (withInactive.equals("true")) {
            all = true;
        } else {
            throw ApiError.badRequest("with-inactive must be true or false");
        }
        ctx.json(dps.levels(all).stream().map(IncentiveWire::level).toList());
    }

    void level(Context ctx) {
        String code = ctx.pathParam("code");
        ctx.json(IncentiveWire.level(dps.level(code)
                .orElseThrow(() -> ApiError.notFound("No incentive level found for code " + code))));
    }

    void prisonLevel(Context ctx) {
        String prisonId = ctx.pathParam("prisonId");
        String code = ctx.pathParam("levelCode");
        PrisonLevel level = dps.prisonLevel(prisonId, code).orElseThrow(() -> ApiError.notFound(
                "No incentive level found for code " + code + " in prison " + prisonId));
        ctx.json(IncentiveWire.dpsPrisonLevel(level, dps.level(code).map(IncentiveLevel::name).orElse(code)));
    }
}
